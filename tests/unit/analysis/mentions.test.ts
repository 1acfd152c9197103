import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../electron/core/analysis/mentions';

const found = (text: string, date: string | null = '2024-06-06'): Array<[string, string]> =>
  findMentions(text, date).map((m) => [m.text, m.actor]);
const actors = (text: string, date: string | null = '2024-06-06'): string[] => findMentions(text, date).map((m) => m.actor);

describe('findMentions', () => {
  it('returns UTF-16 offsets into the text', () => {
    const text = 'Après la réunion 🙂, la Türkiye et l\u2019Ukraine ont signé.';
    for (const m of findMentions(text, null)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(actors(text, null)).toEqual(['TUR', 'UKR']);
  });

  it('tells the US from the pronoun us', () => {
    expect(actors('Let us be clear: the US and the U.S.A. will not join.')).toEqual(['USA', 'USA']);
    expect(actors('They told us nothing about it.')).toEqual([]);
  });

  it('reads Georgia, Jordan and Chad as countries only where they are', () => {
    expect(actors('Georgia and Jordan protested to Chad.')).toEqual(['GEO', 'JOR', 'TCD']);
    expect(actors('The storm hit Atlanta, Georgia, on Monday.')).toEqual([]);
    expect(actors('Fans still compare every player with Michael Jordan.')).toEqual([]);
    expect(actors('The drummer Chad Kroeger left the band.')).toEqual([]);
  });

  it('does not take people named Washington for the US government', () => {
    expect(actors('A statue of George Washington stands there, and Denzel Washington narrated.')).toEqual([]);
    expect(actors('Washington imposed sanctions on Caracas.')).toEqual(['USA', 'VEN']);
  });

  it('accepts Turkey and Türkiye but not the bird', () => {
    expect(actors('Turkey, also called Türkiye, hosted the talks.')).toEqual(['TUR', 'TUR']);
    expect(actors('We ate roast turkey.')).toEqual([]);
  });

  it("reads the epithets of states, and an official name that holds another state's epithet as its own state", () => {
    expect(actors('The Jewish state struck targets near Damascus.')).toEqual(['ISR', 'SYR']);
    expect(actors('Tehran said the Zionist regime would pay.')).toEqual(['IRN', 'ISR']);
    expect(actors('The Islamic Republic rejected the offer.')).toEqual(['IRN']);
    expect(actors('The Islamic Republic of Pakistan rejected the claim.')).toEqual(['PAK']);
  });

  it('reads a person the text calls former as a public figure, not the state', () => {
    const morales = findMentions('Mexico granted asylum to former Bolivian president Evo Morales.', '2024-05-01');
    expect(morales.find((m) => m.text === 'Evo Morales')).toMatchObject({ actor: 'BOLELI', kind: 'nonstate' });
    expect(found("Bolivia's former president Evo Morales spoke.", '2024-05-01')).toContainEqual(['Evo Morales', 'BOLELI']);
    expect(found('Ex-President Trump met the press.', '2023-05-01')).toEqual([['Trump', 'USAELI']]);
    expect(found('President Biden met the press.', '2023-05-01')).toEqual([['Biden', 'USA']]);
    // so is an unnamed one
    expect(found('Mexico granted asylum to a former Bolivian president.', '2024-05-01')).toContainEqual([
      'Bolivian president',
      'BOLELI',
    ]);
    expect(found('Mexico granted asylum to the Bolivian president.', '2024-05-01')).toContainEqual([
      'the Bolivian president',
      'BOL',
    ]);
  });

  it('reads an ethnic group as people of a nation, not its state', () => {
    expect(found('Serbia cracked down on ethnic Albanians in Kosovo.')).toEqual([
      ['Serbia', 'SRB'],
      ['ethnic Albanians', 'ALBETH'],
      ['Kosovo', 'XKX'],
    ]);
  });

  it('finds both actors in a hyphenated pair', () => {
    expect(actors('South Korea-Russia relations have cooled.')).toEqual(['KOR', 'RUS']);
  });

  it('returns no actor for places, media, markets, currencies and festivals', () => {
    expect(actors('The Washington Post reported from New York that Japan\u2019s Nikkei fell.')).toEqual([]);
    expect(actors('Chinese New Year lifted sales priced in US dollars.')).toEqual([]);
    expect(actors('The Korean won and the Chinese yuan weakened against the US dollar.')).toEqual([]);
    expect(actors('Air India and Korea Zinc posted profits.')).toEqual([]);
  });

  it('reads a market word that is also a verb as the verb when the state acts with it', () => {
    expect(actors('Peru won a loan from Chile.')).toEqual(['PER', 'CHL']);
    expect(actors('Peru pounds Chilean positions.')).toEqual(['PER', 'CHL']);
    expect(actors('Peru shares intelligence with Chile.')).toEqual(['PER', 'CHL']);
    expect(actors('US shares slipped and the South Korean won weakened.')).toEqual([]);
  });

  it('reads no group of a nationality across a preposition', () => {
    expect(findMentions('Ghana rescued 12 Nigerian sailors after pirates attacked their vessel.', '2020-01-01')).toMatchObject([
      { actor: 'GHA' },
      { text: 'Nigerian', actor: 'NGA', kind: 'demonym' },
    ]);
  });

  it('reads a state agent noun as the head of its phrase, not as the modifier of a group after the verb', () => {
    expect(findMentions('Turkish jets struck militant positions in northern Iraq.', '1995-03-21').map((m) => m.text)).toEqual([
      'Turkish jets',
      'Iraq',
    ]);
  });

  it('resolves a bare Korea to the South unless the article is about the North', () => {
    expect(actors('South Korea said Korea would not change course.')).toEqual(['KOR', 'KOR']);
    expect(actors('North Korea fired a missile. Korea has done so before.')).toEqual(['PRK', 'PRK']);
  });

  it('maps ministries, armed forces and state media to their country', () => {
    const mentions = findMentions(
      'The Russian Foreign Ministry and Japan\u2019s defence ministry replied, Yonhap said.',
      '2024-06-06',
    );
    expect(mentions.map((m) => [m.text, m.actor, m.kind])).toEqual([
      ['The Russian Foreign Ministry', 'RUS', 'institution'],
      ['Japan\u2019s defence ministry', 'JPN', 'institution'],
      ['Yonhap', 'KOR', 'institution'],
    ]);
    expect(mentions[2]).toMatchObject({ media: true });
  });

  it('names people in every common form and gives their country', () => {
    expect(found('Vladimir Putin met President Putin and Mr. Putin; Putin left.')).toEqual([
      ['Vladimir Putin', 'RUS'],
      ['Putin', 'RUS'],
      ['Putin', 'RUS'],
      ['Putin', 'RUS'],
    ]);
    const [m] = findMentions('Russian President Vladimir Putin spoke.', '2024-06-06');
    expect(m).toMatchObject({ text: 'Vladimir Putin', actor: 'RUS', kind: 'person', person: 'Vladimir Putin', role: 'pres' });
  });

  it('uses the article date for office holders', () => {
    expect(findMentions('Trump spoke.', '2019-03-01')[0]).toMatchObject({ actor: 'USA', role: 'pres' });
    expect(findMentions('Trump spoke.', '2025-03-01')[0]).toMatchObject({ actor: 'USA', role: 'pres' });
    expect(findMentions('Biden spoke.', '2022-03-01')[0]).toMatchObject({ actor: 'USA', role: 'pres' });
    expect(findMentions('Yoon Suk Yeol spoke.', '2023-01-10')[0]).toMatchObject({ actor: 'KOR', role: 'pres' });
    expect(findMentions('Yoon Suk Yeol spoke.', '2025-05-01')[0]?.role).toBeUndefined();
    expect(findMentions('Lee Jae-myung spoke.', '2025-07-01')[0]).toMatchObject({ actor: 'KOR', role: 'pres' });
    expect(findMentions('Putin spoke.', '2010-01-01')[0]).toMatchObject({ actor: 'RUS', role: 'pm' });
  });

  it('reads a short name two listed people share as the one in office at the date, or no one', () => {
    expect(found('Clinton met Yeltsin in Moscow.', '1994-01-14')).toContainEqual(['Clinton', 'USA']);
    expect(found('Clinton met Lavrov in Moscow.', '2010-05-01')).toContainEqual(['Clinton', 'USA']);
    expect(found('Clinton criticised the plan.', '2016-05-01')).toEqual([]);
  });

  it('reads a hyphenated Korean given name as the dated holder it spells', () => {
    expect(found('Roh Tae-woo held talks.', '1992-09-30')).toEqual([['Roh Tae-woo', 'KOR']]);
  });

  it('reads a shared surname before "administration" as the one in office at the date', () => {
    expect(actors('The Clinton administration imposed sanctions on India.', '1998-05-13')).toEqual(['USA', 'IND']);
    expect(actors('The Clinton administration imposed sanctions on India.', '2016-05-13')).toEqual(['IND']);
  });

  it('reads an office the text gives a person in a state it names when the dated roles know none then', () => {
    expect(findMentions('Soviet Foreign Minister Eduard Shevardnadze arrived.', '1985-11-18')).toMatchObject([
      { text: 'Eduard Shevardnadze', actor: 'SUN', kind: 'person' },
    ]);
    expect(findMentions('Former Georgian President Eduard Shevardnadze arrived.', '2010-11-18')[0]).toMatchObject({
      actor: 'GEOELI',
      kind: 'nonstate',
    });
  });

  it('reads the demonyms of states that no longer exist', () => {
    expect(actors('Yugoslav and Czechoslovak delegates met East German officials.', '1988-01-01')).toEqual(['YUG', 'CSK', 'DDR']);
  });

  it('uses a surname alone for a person named earlier in the article', () => {
    expect(found('Sergei Lavrov met Penny Wong. Wong later left.')).toEqual([
      ['Sergei Lavrov', 'RUS'],
      ['Penny Wong', 'AUS'],
      ['Wong', 'AUS'],
    ]);
    expect(actors('Wong later left.')).toEqual([]);
  });

  it('resolves pronouns and titles to the last fitting person', () => {
    const mentions = findMentions(
      'Kim Jong Un inspected a plant. He praised the workers. The leader left at noon.',
      '2024-06-06',
    );
    expect(mentions.map((m) => [m.text, m.actor])).toEqual([
      ['Kim Jong Un', 'PRK'],
      ['He', 'PRK'],
      ['The leader', 'PRK'],
    ]);
    expect(mentions[1]).toMatchObject({ kind: 'person', person: 'Kim Jong Un', resolved: true });
  });

  it('resolves a title with a demonym directly to the country', () => {
    expect(findMentions('The Russian leader spoke.', '2024-06-06')).toMatchObject([
      { text: 'The Russian leader', actor: 'RUS', kind: 'person' },
    ]);
  });

  it('gives no mention for a pronoun without a person before it', () => {
    expect(actors('He said the weather would improve.')).toEqual([]);
    expect(actors('Anna Kowalczyk said the plan failed. She resigned. Ukraine reacted.')).toEqual(['UKR']);
  });

  it('finds the West and Western countries', () => {
    expect(actors('The West and Western countries backed Kyiv.')).toEqual(['WEST', 'WEST', 'UKR']);
  });

  it('resolves "the minister" to the last minister, named or not', () => {
    expect(found('Sergei Lavrov met the Japanese foreign minister. The minister said little.')).toEqual([
      ['Sergei Lavrov', 'RUS'],
      ['the Japanese foreign minister', 'JPN'],
      ['The minister', 'JPN'],
    ]);
  });

  it('credits international posts to the organisation only while they are held', () => {
    expect(actors('Mark Rutte spoke.', '2023-05-01')).toEqual(['NLD']);
    expect(actors('Mark Rutte spoke.', '2025-05-01')).toEqual(['NATO']);
    expect(actors('Ursula von der Leyen spoke.', '2018-05-01')).toEqual(['DEU']);
    expect(actors('Ursula von der Leyen spoke.', '2024-05-01')).toEqual(['EU']);
  });

  it('splits "North and South Korea" and resolves the South and the North', () => {
    expect(found('North and South Korea exchanged fire. The South then fired into the north.')).toEqual([
      ['North', 'PRK'],
      ['South Korea', 'KOR'],
      ['South', 'KOR'],
      ['north', 'PRK'],
    ]);
    expect(actors('The South voted for the Republican candidate.')).toEqual([]);
  });

  it('reads a title and a surname as the office holder at the article date', () => {
    expect(findMentions('President Lee said so.', '2010-08-01')[0]).toMatchObject({ actor: 'KOR', person: 'Lee Myung-bak' });
    expect(findMentions('President Lee said so.', '2025-08-01')[0]).toMatchObject({ actor: 'KOR', person: 'Lee Jae-myung' });
    expect(findMentions('Prime Minister Johnson said so.', '2020-05-01')[0]).toMatchObject({
      actor: 'GBR',
      person: 'Boris Johnson',
    });
    expect(actors('Lee said so.', '2025-08-01')).toEqual([]);
  });

  it('reads "Pakistan\'s Sharif" as the office holder of that country', () => {
    expect(found("India's Modi met Pakistan's Sharif.", '2024-06-01')).toEqual([
      ['India', 'IND'],
      ['Modi', 'IND'],
      ['Pakistan', 'PAK'],
      ['Sharif', 'PAK'],
    ]);
  });

  it('keeps an organisation before a title when the person acts for another actor', () => {
    expect(found('NATO Secretary General Mark Rutte spoke.', '2024-06-01')).toEqual([
      ['NATO', 'NATO'],
      ['Mark Rutte', 'NLD'],
    ]);
    expect(found('NATO Secretary General Mark Rutte spoke.', '2025-06-01')).toEqual([['Mark Rutte', 'NATO']]);
  });

  it("reads a state's people behind a modifier as non-state, and its economic sector as the state", () => {
    expect(actors("Pakistan's cricket team arrived in India.")).toEqual(['PAKBUS', 'IND']);
    expect(actors('Kenyan marathon runners won again.')).toEqual(['KENCVL']);
    expect(actors('The Mexican singer will tour Colombia.')).toEqual(['MEXCVL', 'COL']);
    expect(actors('Switzerland froze assets of Russian oligarchs.')).toEqual(['CHE', 'RUSBUS']);
    expect(actors("Washington eased sanctions on Venezuela's oil industry.")).toEqual(['USA', 'VEN']);
  });

  it('leaves a state body whose name many states use to its qualifier', () => {
    expect(actors('The meeting of the National Security Council in Mogadishu ended.')).not.toContain('USA');
    expect(actors('The US National Security Council met.')).toEqual(['USA']);
  });

  it('knows state agencies by name: drug police, spy services, navies', () => {
    expect(actors('DEA agents and the ISI met officials of the Royal Navy.')).toEqual(['USA', 'PAK', 'GBR']);
  });

  it('reads a demonym before a numbered model as the state ("a Turkish F-16")', () => {
    expect(actors('A Turkish F-16 shot down a Russian warplane.')).toEqual(['TUR', 'RUS']);
  });

  it('knows parliaments, seats of government and commands by their own names', () => {
    expect(actors('The Sejm and the Blue House wrote to Homeland Security.')).toEqual(['POL', 'KOR', 'USA']);
    expect(actors('CENTCOM said the Verkhovna Rada had asked Malacañang.')).toEqual(['USA', 'UKR', 'PHL']);
  });
});
