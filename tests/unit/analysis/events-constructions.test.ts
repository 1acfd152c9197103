import { describe, expect, it } from 'vitest';
import { analyze } from '../../../electron/core/analysis/analyze';
import { eventsOf, pairs, type Lexicon } from './event-helpers';

// One test per construction the coder reads from sentence structure; every sentence is written for these tests.
const lex: Lexicon = {
  Norway: ['NOR', 'country'],
  Kenya: ['KEN', 'country'],
  Kenyan: ['KEN', 'demonym'],
  Egypt: ['EGY', 'country'],
  Sudan: ['SDN', 'country'],
  Iranian: ['IRN', 'demonym'],
  Baghdad: ['IRQ', 'capital'],
  Spain: ['ESP', 'country'],
  Portugal: ['PRT', 'country'],
  Washington: ['USA', 'capital'],
  Beijing: ['CHN', 'capital'],
  Chile: ['CHL', 'country'],
  Chilean: ['CHL', 'demonym'],
  Peru: ['PER', 'country'],
  Peruvian: ['PER', 'demonym'],
  Lima: ['PER', 'capital'],
  Seoul: ['KOR', 'capital'],
  Tokyo: ['JPN', 'capital'],
  'Bolivian embassy': ['BOL', 'institution'],
  Ghana: ['GHA', 'country'],
  'United Nations': ['UN', 'organisation'],
  Togo: ['TGO', 'country'],
  Vietnam: ['VNM', 'country'],
  Cambodia: ['KHM', 'country'],
  Denmark: ['DNK', 'country'],
  Canadian: ['CAN', 'demonym'],
  Belarus: ['BLR', 'country'],
  Thai: ['THA', 'demonym'],
  Hanoi: ['VNM', 'capital'],
  'Jane Odhiambo': ['KEN', 'person'],
  Uganda: ['UGA', 'country'],
  Bolivia: ['BOL', 'country'],
  Brazil: ['BRA', 'country'],
  Sweden: ['SWE', 'country'],
  Libya: ['LBY', 'country'],
  Mali: ['MLI', 'country'],
  France: ['FRA', 'country'],
  Israel: ['ISR', 'country'],
  Jordan: ['JOR', 'country'],
  Iraq: ['IRQ', 'country'],
  Iran: ['IRN', 'country'],
  Germany: ['DEU', 'country'],
  Ukraine: ['UKR', 'country'],
  Syria: ['SYR', 'country'],
  Poland: ['POL', 'country'],
  Russia: ['RUS', 'country'],
  Kharkiv: ['UKR', 'city'],
  Russian: ['RUS', 'demonym'],
  Canada: ['CAN', 'country'],
  Jordanian: ['JOR', 'demonym'],
  'Iraqi Prime Minister': ['IRQ', 'person'],
  'El Salvador': ['SLV', 'country'],
  Qatar: ['QAT', 'country'],
  Reagan: ['USA', 'person'],
  'Mikhail Gorbachev': ['RUS', 'person'],
  Crimea: ['UKR', 'city'],
  UN: ['UN', 'organisation'],
  'Libyan government': ['LBY', 'institution'],
  'Chilean government': ['CHL', 'institution'],
  'the Chilean leader': ['CHL', 'person'],
  'Chilean officials': ['CHL', 'institution'],
  'Peruvian envoys': ['PER', 'institution'],
  'Peruvian diplomats': ['PER', 'institution'],
  'Bolivian envoys': ['BOL', 'institution'],
  'Chilean envoy': ['CHL', 'institution'],
  'Chilean refugees': ['CHLREF', 'nonstate'],
  'Peruvian firms': ['PERBUS', 'nonstate'],
  Santiago: ['CHL', 'capital'],
  Peruvians: ['PER', 'demonym'],
  'the Sendero militia': ['SENDERO', 'nonstate'],
  'Chilean embassy': ['CHL', 'institution'],
  'Chilean navy': ['CHL', 'institution'],
  'Peruvian navy': ['PER', 'institution'],
  Ecuador: ['ECU', 'country'],
  'Chilean troops': ['CHL', 'institution'],
};

const all = (text: string) => eventsOf(text, lex);
const counted = (text: string) => all(text).filter((e) => !e.negated && !e.hypothetical);
const one = (text: string) => {
  const events = counted(text);
  expect(events).toHaveLength(1);
  return events[0];
};
/** Counted events of a text read whole by the analysis (gazetteer actors, dates, quotes). */
const read = (text: string, published: string | null = '2023-05-10') =>
  analyze({ id: 1, text, published }).events.filter((e) => !e.negated && !e.hypothetical);
/** The counted events of a text as "SRC>TGT CATEGORY", in the order found, or sorted. */
const coded = (text: string, published: string | null = '2023-05-10') =>
  read(text, published).map((e) => `${e.source}>${e.target} ${e.category}`);
const sortedCodes = (text: string, published: string | null = '2023-05-10') => coded(text, published).sort();

describe('event constructions', () => {
  it('reads the indirect object of a light verb as the target and the object noun as the act', () => {
    expect(one('Norway will give Kenya a grant of 40 million dollars.')).toMatchObject({
      source: 'NOR',
      target: 'KEN',
      category: 'AID',
      polarity: 'cooperative',
    });
  });

  it('reads an offer of troops to another state as cooperation', () => {
    const e = one('Egypt has offered its troops to Sudan.');
    expect(e).toMatchObject({ source: 'EGY', target: 'SDN', polarity: 'cooperative' });
    expect(['AID', 'COOPERATE', 'AGREE']).toContain(e.category);
  });

  it('codes an arrival in a capital for a visit as a visit to that state', () => {
    expect(one('The Iranian president arrived in Baghdad for a two-day visit.')).toMatchObject({
      source: 'IRN',
      target: 'IRQ',
      category: 'CONSULT',
    });
  });

  it('codes an extradition to another state as cooperation', () => {
    expect(one('Spain extradited a suspected hacker to Portugal.')).toMatchObject({
      source: 'ESP',
      target: 'PRT',
      category: 'COOPERATE',
      modality: 'material',
    });
  });

  it('reads "X declared that Y must ... or face ..." as a demand and a threat', () => {
    const events = counted('Washington declared that Beijing must drop its barriers or face tariffs.');
    const categories = events.filter((e) => e.source === 'USA' && e.target === 'CHN').map((e) => e.category);
    expect(categories.sort()).toEqual(['REQUEST', 'THREATEN']);
    expect(events.every((e) => e.polarity === 'conflictual')).toBe(true);
  });

  it('reads the agent of a passive from its by-phrase', () => {
    expect(one('Chile was criticised by Peru over its fishing quotas.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ACCUSE',
    });
  });

  it('gives coordinated subjects of a joint act both directions, and the infinitive is only agreed', () => {
    const events = counted('Seoul and Tokyo agreed to share intelligence.');
    expect(pairs(events).sort()).toEqual(['JPN>KOR', 'KOR>JPN']);
    expect(events.every((e) => e.category === 'AGREE')).toBe(true);
  });

  it('reads "X urged Y to ..." as a conflictual request to Y, and the urged act as not done', () => {
    const e = one('Ghana urged Togo to reopen the border.');
    expect(e).toMatchObject({ source: 'GHA', target: 'TGO', category: 'REQUEST', polarity: 'conflictual' });
    const urged = all('Vietnam urges Cambodia to immediately halt its provocations against Vietnam.');
    expect(urged.filter((x) => !x.hypothetical).map((x) => [x.source, x.target, x.polarity])).toEqual([
      ['VNM', 'KHM', 'conflictual'],
    ]);
  });

  it('reads nominal events: a possessor and a preposition, a demonym, "between"', () => {
    expect(one("Denmark's loan to Ghana was approved on Monday.")).toMatchObject({
      source: 'DNK',
      target: 'GHA',
      category: 'AID',
    });
    expect(one('Canadian sanctions on Belarus took effect.')).toMatchObject({
      source: 'CAN',
      target: 'BLR',
      category: 'COERCE',
    });
    expect(one("The Thai premier's visit to Hanoi ended.")).toMatchObject({ source: 'THA', target: 'VNM', category: 'CONSULT' });
    expect(pairs(counted('Talks between Seoul and Tokyo resumed.')).sort()).toEqual(['JPN>KOR', 'KOR>JPN']);
  });

  it('takes the head of an apposition as the one source', () => {
    expect(pairs(counted('The Kenyan foreign minister, Jane Odhiambo, condemned Uganda.'))).toEqual(['KEN>UGA']);
  });

  it('codes a meeting one way, from the subject to the one met', () => {
    expect(pairs(counted('The Peruvian president met his Chilean counterpart in Lima.'))).toEqual(['PER>CHL']);
  });

  it('reads a rejected request as a rejection of the one who asked', () => {
    // (the request itself was made, to the one who rejected it)
    expect(counted('Norway rejected a request from Sweden.').map((e) => `${e.source}>${e.target} ${e.category}`)).toEqual([
      'NOR>SWE REJECT',
      'SWE>NOR REQUEST',
    ]);
  });

  it('reads lifting a hostile measure as yielding, one event for the verb and its noun', () => {
    expect(one('Egypt lifted its embargo on Libya.')).toMatchObject({ source: 'EGY', target: 'LBY', category: 'YIELD' });
  });

  it('codes one event per pair and act', () => {
    expect(counted('Brazil praised Chile.')).toHaveLength(1);
    // a joint act named by the verb's object is done by both parties, once each way
    expect(pairs(counted('France signed an agreement with Mali.')).sort()).toEqual(['FRA>MLI', 'MLI>FRA']);
    // an act read twice in one sentence, once as intended and once as reported, is still one event for the reader
    const keys = all(
      'Peru and Chile agreed to upgrade relations, with Lima saying that it will reopen its mission in Santiago, while Chilean rebels plan to send envoys to Peru.',
    ).map((e) => `${e.source}>${e.target}:${e.category}`);
    expect(keys).toContain('PER>CHL:AGREE');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives a joint act held with a partner both directions, and a one-sided act one', () => {
    expect(pairs(counted('Sweden held talks with Bolivia.')).sort()).toEqual(['BOL>SWE', 'SWE>BOL']);
    expect(pairs(counted('Sweden gave aid to Bolivia.'))).toEqual(['SWE>BOL']);
    // a visit, an investment and a mediation are one side's acts
    expect(pairs(counted('Sweden paid a visit to Bolivia.'))).toEqual(['SWE>BOL']);
    expect(pairs(counted('Sweden made an investment in Bolivia.'))).toEqual(['SWE>BOL']);
    expect(pairs(counted('Sweden launched a mediation effort between Bolivia and Peru.')).sort()).toEqual(['SWE>BOL', 'SWE>PER']);
  });

  it('reads "X wants to VERB Y" as X stating its own intent toward Y, coded by the intended act', () => {
    expect(one('Brazil wants to help Bolivia.')).toMatchObject({ source: 'BRA', target: 'BOL', category: 'AGREE' });
    expect(one('Sweden plans to attack Libya.')).toMatchObject({
      source: 'SWE',
      target: 'LBY',
      category: 'THREATEN',
      polarity: 'conflictual',
    });
    // an object before "to" is the one asked: a request, not an intent
    expect(pairs(counted('Brazil wants Chile to help Peru.'))).toEqual(['BRA>CHL']);
    expect(one('Sweden wants Libya to attack Mali.')).toMatchObject({ source: 'SWE', target: 'LBY', category: 'REQUEST' });
  });

  it('reads a noun of intent before an infinitive as a stated intent, not as the act itself', () => {
    expect(one('Sweden expressed readiness to help Bolivia.')).toMatchObject({ source: 'SWE', target: 'BOL', category: 'AGREE' });
    expect(one('Sweden announced its intention to attack Libya.')).toMatchObject({
      source: 'SWE',
      target: 'LBY',
      category: 'THREATEN',
    });
  });

  it('does not read a hope or a bare "expressed" as a demand or a criticism', () => {
    expect(counted('Brazil hopes that relations with Chile will not deteriorate.')).toEqual([]);
    expect(one('Brazil expressed support for Chile.')).toMatchObject({ polarity: 'cooperative' });
  });

  it('reads troops sent into a state as a show of force, and sent to it as military cooperation', () => {
    expect(one('Sweden sent troops into Libya.')).toMatchObject({ category: 'MOBILIZE', polarity: 'conflictual' });
    expect(one('Sweden sent troops to Mali.')).toMatchObject({ category: 'COOPERATE', polarity: 'cooperative' });
    // the measure is approved at home; the troops it sends are the act toward the other state
    expect(pairs(counted('Sweden approved a measure to send troops into Libya.'))).toEqual(['SWE>LBY']);
    expect(one('Sweden approved a measure to send troops into Libya.').polarity).toBe('conflictual');
  });

  it('reads a mediator acting between two parties, with the past form the tagger calls an adjective', () => {
    expect(pairs(counted('Egypt mediated between Israel and Jordan.')).sort()).toEqual(['EGY>ISR', 'EGY>JOR']);
  });

  it('reads an office named after its field as the state, and a market as not', () => {
    expect(one("Brazil's economy minister visited Chile.")).toMatchObject({ source: 'BRA', target: 'CHL', category: 'CONSULT' });
    expect(counted("Brazil's economy grew faster than Chile's.")).toEqual([]);
  });

  it('reads "they" as the group of states named before it, in the sentence or the one before', () => {
    expect(pairs(counted('Sweden and Bolivia said they would attack Libya.')).sort()).toEqual(['BOL>LBY', 'SWE>LBY']);
    const next = counted('Sweden and Bolivia held talks. They later criticised Libya.');
    expect(pairs(next.filter((e) => e.target === 'LBY')).sort()).toEqual(['BOL>LBY', 'SWE>LBY']);
  });

  it('aims a threat with no object at the state its condition names', () => {
    expect(one('Sweden threatened to close its ports if Libya attacked.')).toMatchObject({
      source: 'SWE',
      target: 'LBY',
      category: 'THREATEN',
    });
  });

  it('reads a request addressed "from" a state, and "it" as the previous subject', () => {
    expect(pairs(counted('Ukraine sought guarantees from Poland and Germany.')).sort()).toEqual(['UKR>DEU', 'UKR>POL']);
    const events = counted('Sweden said it would send aid near Libya. It also criticised Mali.');
    expect(events.find((e) => e.target === 'MLI')).toMatchObject({ source: 'SWE', category: 'ACCUSE' });
  });

  it('reads a word after a possessive as a noun even when the tagger calls it a verb', () => {
    expect(one("Norway's grant to Kenya was approved.")).toMatchObject({ source: 'NOR', target: 'KEN', category: 'AID' });
  });

  it('reads "X\'s Name" with a name nobody knows as a firm or body of X, not X', () => {
    expect(counted("Sweden's Volvo bought Brazil's biggest truck maker.")).toEqual([]);
    expect(one("Sweden's foreign minister met Brazil's Sultan Kazim.")).toMatchObject({ source: 'SWE', target: 'BRA' });
  });

  it("reads what a state receives from another as the other's act", () => {
    expect(one('Ukraine received weapons from Poland.')).toMatchObject({ source: 'POL', target: 'UKR', category: 'AID' });
    expect(one('Egypt received a loan from Iraq.')).toMatchObject({ source: 'IRQ', target: 'EGY', category: 'AID' });
    expect(one('Chile received a request from Peru.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'REQUEST' });
  });

  it('reads a failure to act as the act not done', () => {
    expect(counted("Brazil's failure to condemn Chile surprised observers.")).toEqual([]);
    expect(all('Brazil failed to condemn Chile.')[0]).toMatchObject({ source: 'BRA', target: 'CHL', negated: true });
  });

  it('keeps the conjuncts of a prepositional phrase inside it, out of the subject', () => {
    expect(counted('Heavy rains flooded parts of Peru and Chile, killing dozens.')).toEqual([]);
  });

  it('reads a city as a place of its state: the target of what is done there', () => {
    expect(one('Russia shelled Kharkiv overnight.')).toMatchObject({ source: 'RUS', target: 'UKR', category: 'ASSAULT' });
  });

  it('reads "the government of X" as X acting', () => {
    expect(one('The government of Iraq thanked Iran.')).toMatchObject({ source: 'IRQ', target: 'IRN', category: 'SUPPORT' });
  });

  it('codes weapons delivered as military aid and a summoned ambassador as a rebuke', () => {
    expect(one('Germany delivered tanks to Ukraine.')).toMatchObject({ source: 'DEU', target: 'UKR', category: 'AID' });
    expect(one('France summoned the Iranian ambassador.')).toMatchObject({
      source: 'FRA',
      target: 'IRN',
      polarity: 'conflictual',
    });
  });

  it('reads an allegation of a hostile act as an accusation of its doer, and a plain report as no charge', () => {
    expect(pairs(counted('Sweden alleged that Libya had shelled Mali.'))).toContain('SWE>LBY');
    expect(pairs(counted('Sweden said that Libya had shelled Mali.'))).not.toContain('SWE>LBY');
    // the clause after "that" holds its own actors: not an object of the reporting verb
    expect(pairs(counted('Sweden claimed that rebels had attacked Libya.'))).toEqual([]);
  });

  it("keeps the subject of coordinated verbs past the first verb's object", () => {
    expect(pairs(counted('Sweden attacked Libya and threatened Mali.')).sort()).toEqual(['SWE>LBY', 'SWE>MLI']);
  });

  it('gives reciprocal acts of a group both directions', () => {
    expect(pairs(counted('Sweden and Bolivia exchanged ambassadors.')).sort()).toEqual(['BOL>SWE', 'SWE>BOL']);
  });

  it('reads a passive whose subject is a thing: the agent acts on the party after the preposition', () => {
    expect(one('Tanks were sent to Ukraine by Poland.')).toMatchObject({ source: 'POL', target: 'UKR', category: 'AID' });
    expect(one('Ukraine was given tanks by Germany.')).toMatchObject({ source: 'DEU', target: 'UKR', category: 'AID' });
  });

  it('tells an object relative clause from a reduced passive, and gives the charge to the one accused', () => {
    const events = counted('Iran, which Israel accused of arming Syria, denied the claim.');
    expect(events.map((e) => `${e.source}>${e.target}:${e.category}`).sort()).toEqual(['IRN>SYR:COOPERATE', 'ISR>IRN:ACCUSE']);
    expect(pairs(counted('Israel accused Iran of arming Syria.')).sort()).toEqual(['IRN>SYR', 'ISR>IRN']);
  });

  it('reads words about a proposal as answering its author', () => {
    expect(one('Chile rejected a call from Peru to hold a referendum.')).toMatchObject({
      source: 'CHL',
      target: 'PER',
      category: 'REJECT',
    });
    expect(one('Chile welcomed the offer by Peru.')).toMatchObject({ source: 'CHL', target: 'PER', polarity: 'cooperative' });
  });

  it('codes an invitation as cooperative: a call to meet, not a demand', () => {
    expect(one('Ghana invited Togo to a summit.')).toMatchObject({ source: 'GHA', target: 'TGO', polarity: 'cooperative' });
    expect(one('Togo received an invitation from Ghana.')).toMatchObject({ source: 'GHA', target: 'TGO', category: 'CONSULT' });
  });

  it('codes a verb that steps up an act by the act its object names', () => {
    expect(one('Sweden intensified its attacks on Libya.')).toMatchObject({ source: 'SWE', target: 'LBY', category: 'ASSAULT' });
    expect(counted('Sweden increased its efforts.')).toEqual([]);
  });

  it('falls back to the nearest actors around an act word the structure could not attach', () => {
    // the object noun phrase hides the target from the parse ("94 percent of the arms Peru bought")
    expect(one('Brazil supplied 94 percent of the arms Peru bought last year.')).toMatchObject({
      source: 'BRA',
      target: 'PER',
      category: 'AID',
    });
    // inside reported words, the actors of those words, not the speaker
    expect(pairs(counted('Iran said Brazil supplied 94 percent of the arms Peru bought.'))).toContain('BRA>PER');
    // a place of words is not their addressee
    expect(counted('The Chilean inquiry into prices in Peru ended.')).toEqual([]);
  });

  it('reads a participle after a possessive as a modifier, and a verb after a subject pronoun as a verb', () => {
    expect(pairs(counted('Brazil and Peru condemned Chile over their planned joint drills.')).sort()).toEqual([
      'BRA>CHL',
      'PER>CHL',
    ]);
    expect(one('Chile said it condemned Peru.')).toMatchObject({ source: 'CHL', target: 'PER', category: 'ACCUSE' });
  });

  it('does not read a match score as an act between states', () => {
    expect(counted('Brazil beat Chile 2 – 1 in the final.')).toEqual([]);
  });

  it('keeps the reported, negated, conditional and hypothetical flags', () => {
    const reported = all('Chile said Peru had attacked Bolivia.').find((e) => e.source === 'PER');
    expect(reported).toMatchObject({ target: 'BOL', reported: true, speaker: 'Chile' });
    expect(all('Brazil did not condemn Chile.')[0]).toMatchObject({ source: 'BRA', target: 'CHL', negated: true });
    const conditional = all('Peru will impose sanctions on Chile if it closes the border.')[0];
    // a hostile deed still to come is a threat, here a conditional one
    expect(conditional).toMatchObject({ source: 'PER', target: 'CHL', category: 'THREATEN', conditional: true });
    expect(all('Spain may send aid to Peru.')[0]).toMatchObject({ source: 'ESP', target: 'PER', hypothetical: true });
  });

  it('reads an adjective of intent before an infinitive as a stated intent, not as a passive', () => {
    expect(one('Sweden said it was ready to sign a treaty with Bolivia.')).toMatchObject({
      source: 'SWE',
      target: 'BOL',
      category: 'AGREE',
    });
    expect(one('Peru is prepared to attack Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'THREATEN' });
    // preparing for another's attack states nothing toward it
    expect(counted('Chile is prepared for an attack by Peru.').filter((e) => e.polarity === 'cooperative')).toEqual([]);
  });

  it("reads a commitment to another's cause as one-way support, and relations established as both ways", () => {
    expect(pairs(counted("Sweden reaffirmed its commitment to Bolivia's security."))).toEqual(['SWE>BOL']);
    expect(pairs(counted('Brazil and Chile established diplomatic relations.')).sort()).toEqual(['BRA>CHL', 'CHL>BRA']);
    expect(one('Canada stands with Ukraine.')).toMatchObject({ source: 'CAN', target: 'UKR', category: 'SUPPORT' });
  });

  it('reads a thing returned to a state as yielding, and a person returning home as no event', () => {
    expect(one('Germany returned stolen artefacts from its museums to Ukraine.')).toMatchObject({
      source: 'DEU',
      target: 'UKR',
      category: 'YIELD',
    });
    expect(counted('The Peruvian president returned to Lima.')).toEqual([]);
    expect(one('Peru removed Chile from its list of hostile states.')).toMatchObject({ category: 'YIELD' });
  });

  it("reads a demonym before a proposal as the proposal's author, and a rebuff as a rejection", () => {
    expect(one('Peru dismissed a Chilean proposal for new talks.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REJECT',
    });
    expect(one('Sweden rebuffed Peru.')).toMatchObject({ category: 'REJECT' });
  });

  it('reads a consulate closed as reduced relations, warplanes sent toward a state as a show of force', () => {
    expect(one('Poland ordered the closure of the Russian consulate in Gdansk.')).toMatchObject({
      source: 'POL',
      target: 'RUS',
      category: 'SANCTION',
    });
    expect(one('Sweden sent warplanes toward Libya.')).toMatchObject({ category: 'MOBILIZE', polarity: 'conflictual' });
    // strikes spread over a state's territory are strikes on it
    expect(one('Russian missiles hit power plants across Ukraine.')).toMatchObject({ target: 'UKR', category: 'ASSAULT' });
  });

  it('reads a graded participle before a noun as a modifier, not as an act', () => {
    expect(counted('Lima and Baghdad are among the most visited capitals.')).toEqual([]);
  });

  it('reads "X and his Y counterpart" as two parties, past a name after the title', () => {
    const joint = 'Iraqi Prime Minister Ali Hasan and his Jordanian counterpart, Samir Nadim, signed a trade agreement.';
    expect(pairs(counted(joint)).sort()).toEqual(['IRQ>JOR', 'JOR>IRQ']);
    expect(one('Iraqi Prime Minister Ali Hasan met his Jordanian counterpart.')).toMatchObject({
      source: 'IRQ',
      target: 'JOR',
    });
  });

  it('reaches the recipient of a deed past a long object with "of" and "and" inside it', () => {
    const text = 'Spain returned dozens of ancient and medieval coins to the national museum of El Salvador.';
    expect(one(text)).toMatchObject({ source: 'ESP', target: 'SLV', category: 'YIELD' });
  });

  it('reads forces sent to strike a state as the strike, not as cooperation with it', () => {
    expect(counted('Peru sent fighter jets to bomb Chile.').map((e) => [e.source, e.target, e.category])).toEqual([
      ['PER', 'CHL', 'ASSAULT'],
    ]);
    // a helpful purpose is only intended; troops sent to a state to fight others still cooperate with it
    expect(all('Peru sent troops to help Chile.')[0]).toMatchObject({ target: 'CHL', hypothetical: true });
    expect(one('Peru sent troops to Chile to fight the rebels.')).toMatchObject({ target: 'CHL', polarity: 'cooperative' });
  });

  it('reads a phrase ending on the modifier of a compound as the verb alone', () => {
    // "missile" modifies "launch": slamming a launch is criticism, not a missile attack
    expect(one("Peru slammed Chile's latest missile launch as reckless.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ACCUSE',
    });
    // a head that names who acts keeps the phrase: police officers sent are police sent
    expect(one('Kenya sent police officers to Uganda.')).toMatchObject({ source: 'KEN', target: 'UGA' });
  });

  it('reads drills held jointly as military cooperation both ways, and alone near a state as a show of force', () => {
    expect(pairs(counted('Peru and Chile held joint naval drills.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    expect(counted('Peru and Chile held joint naval drills.')[0]).toMatchObject({ category: 'COOPERATE' });
    expect(one('Peru held drills near Chile.')).toMatchObject({ category: 'MOBILIZE' });
  });

  it('reads officials from a state as the state, and tourists from it as no one', () => {
    expect(one('Officials from Chile met Peruvian diplomats.')).toMatchObject({ source: 'CHL', target: 'PER' });
    expect(counted('Tourists from Chile flocked to Peru.')).toEqual([]);
  });

  it('reads "they" after one body of officials as that body, and people hosted as the partner', () => {
    expect(one('Chilean officials said they were willing to sign a treaty with Peru.')).toMatchObject({
      source: 'CHL',
      target: 'PER',
      category: 'AGREE',
    });
    // the envoys hosted are the ones met; a state named as the object of a discussion is its topic
    expect(pairs(counted('Qatar hosted Peruvian envoys for talks with Chile.'))).toContain('QAT>PER');
    expect(pairs(counted('Peru discussed Bolivia with Chile.'))).toEqual(['PER>CHL']);
  });

  it("reads a state's soldiers killed in another state, with no agent named, as that state's force", () => {
    expect(one('Three Chilean soldiers were killed in Peru.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ASSAULT',
    });
    expect(one('Chilean jets bombed targets in Peru.')).toMatchObject({ source: 'CHL', target: 'PER' });
  });

  it('reads a party behind an unknown person apposed to an office, and a backer named as a modifier as no party', () => {
    const text = 'Poland pledged support for Ali Hasan, the prime minister of the UN-backed Libyan government.';
    expect(pairs(counted(text))).toEqual(['POL>LBY']);
  });

  it('keeps a deed\'s hostile purpose from the words before it ("Air Force" is no order to act)', () => {
    const text = 'After weeks of talks, the premier sent Peruvian Air Force jets to bomb Chile.';
    expect(counted(text).map((e) => [e.target, e.category])).toContainEqual(['CHL', 'ASSAULT']);
  });

  it('reads an act demanded in a that-clause or warned against as not done', () => {
    const demanded = all('Peru demanded that Chile withdraw its troops from Bolivia.');
    expect(demanded.find((e) => e.source === 'PER')).toMatchObject({ target: 'CHL', category: 'REQUEST' });
    expect(demanded.filter((e) => e.source === 'CHL').every((e) => e.hypothetical)).toBe(true);
    const warned = all('Peru warned Chile against sending troops to Bolivia.');
    expect(warned.filter((e) => e.source === 'CHL').every((e) => e.hypothetical)).toBe(true);
  });

  it('reads a verb done jointly as cooperation both ways, and people returned as yielding to their state', () => {
    expect(pairs(counted('Peru and Chile are jointly developing a satellite.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    expect(one('Peru returned 24 Chilean sailors it had detained.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'YIELD',
    });
  });

  it('joins a person named after a title to a coordinated subject', () => {
    const text = 'Reagan and Soviet leader Mikhail Gorbachev signed a treaty in Geneva.';
    expect(pairs(counted(text)).sort()).toEqual(['RUS>USA', 'USA>RUS']);
    // (a title of two capitalised words too)
    const two = 'Reagan and Soviet Party leader Mikhail Gorbachev signed a treaty in Geneva.';
    expect(pairs(counted(two)).sort()).toEqual(['RUS>USA', 'USA>RUS']);
  });

  it('reads the subject of a clause opened by "after", and no conjunct across "After X,"', () => {
    const text = 'Peru recalled its ambassador from Lima after Chile recognised Bolivia.';
    expect(pairs(counted(text))).toContain('CHL>BOL');
    expect(one('After Chile, Peru attacked Bolivia.')).toMatchObject({ source: 'PER', target: 'BOL' });
  });

  it('leaves the object of an infinitive of the other polarity to that verb', () => {
    const events = all('Peru signed a treaty to annex Crimea.');
    expect(events.filter((e) => e.polarity === 'cooperative')).toEqual([]);
    expect(events.find((e) => e.category === 'COERCE')).toMatchObject({ source: 'PER', target: 'UKR' });
  });

  it('reads force used in support of a state as help, and a war called for as not waged', () => {
    expect(one('Peru launched air strikes in Chile in support of the Chilean government.')).toMatchObject({
      target: 'CHL',
      category: 'AID',
    });
    const called = all('Peru rejected Chilean calls for a war against Bolivia.');
    expect(called.filter((e) => e.category === 'ASSAULT').every((e) => e.hypothetical)).toBe(true);
  });

  it("reads an act a declaration names as the speaker's own, and a comment on an act as no act", () => {
    expect(one('Peru declared the annexation of two regions of Bolivia.')).toMatchObject({
      source: 'PER',
      target: 'BOL',
      category: 'COERCE',
    });
    expect(counted('Peru said the attack on Bolivia was justified.')).toEqual([]);
  });

  it('reads a participle after a noun of the object as its modifier, with no actor of its own', () => {
    expect(counted('Peru closed the only road linking Chile to Bolivia.').map((e) => e.polarity)).toEqual(['conflictual']);
    expect(counted('Peru imposed export controls on chips bound for Chile.').map((e) => e.category)).toEqual(['COERCE']);
  });

  it('reads a natural event named by a demonym as no actor', () => {
    expect(counted('A Peruvian volcano erupted, disrupting flights to Chile.')).toEqual([]);
  });

  it('reads a verb after a modal and an adverb as a verb even when the tagger calls it a noun', () => {
    expect(one('Peru will likely meet with the Chilean leader next month.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'AGREE',
    });
  });

  it('reads wrongdoing condemned where it happens as an accusation of that state, and a statement issued as its words', () => {
    expect(one('Peru condemned the crackdown in Bolivia.')).toMatchObject({ target: 'BOL', category: 'ACCUSE' });
    expect(one('Peru criticised human rights abuses in Chile.')).toMatchObject({ target: 'CHL', category: 'ACCUSE' });
    expect(one('Peru issued a statement condemning Chile.')).toMatchObject({ source: 'PER', target: 'CHL' });
    // an attack condemned where it happened accuses no one there
    expect(counted('Peru condemned the attack in Bolivia.').filter((e) => e.category === 'ACCUSE')).toEqual([]);
  });

  it('reads the subject before a subject relative clause, and a past form after "has long" as a verb', () => {
    const text = 'Peru, which has long accused Chile of arming rebels, closed the border crossing.';
    const events = counted(text);
    expect(events.find((e) => e.category === 'ACCUSE')).toMatchObject({ source: 'PER', target: 'CHL' });
    expect(events.filter((e) => e.source === 'CHL' && e.target === 'PER')).toEqual([]);
    // (an auxiliary after the clause's closing comma)
    expect(one('Peru, which borders both Chile and Bolivia, has expelled the Chilean envoy.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
    });
  });

  it("reads a possessive inside reported words as the speaker's when it would make the act its doer's own", () => {
    const events = all('Peru said Chile had violated its airspace.');
    expect(events.find((e) => e.source === 'CHL')).toMatchObject({ target: 'PER', reported: true });
    expect(events.find((e) => e.source === 'PER')).toMatchObject({ target: 'CHL', category: 'ACCUSE' });
  });

  it("reads parts of a state as the state, and a relative clause on a noun as that noun's act", () => {
    expect(one('Peru occupied parts of Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'COERCE' });
    const text = 'Peru launched strikes against the rebel group that has seized parts of Chile and Bolivia.';
    expect(counted(text)).toEqual([]);
  });

  it('reads a participle between a noun and a preposition as a passive on that noun', () => {
    // the detention is no act of the detained: only the meeting is theirs
    const met = counted('Two Peruvian diplomats detained at the border met Chilean officials.');
    expect(met.map((e) => `${e.source}>${e.target}:${e.category}`)).toEqual(['PER>CHL:CONSULT']);
    // inside the object of a deed: the officials sought are wanted, they seek nothing
    const sought = counted('Peru ordered the arrest of two Chilean officials sought in the bombing of Bolivian offices.');
    expect(sought.filter((e) => e.category === 'AGREE' || e.category === 'REQUEST')).toEqual([]);
    expect(sought.find((e) => e.source === 'PER')).toMatchObject({ target: 'CHL', category: 'COERCE' });
    // an active verb with its own preposition stays the subject's act
    expect(one('Peru intervened in Chile.')).toMatchObject({ source: 'PER', target: 'CHL' });
  });

  it('reads influencing or affecting a state as no cooperation', () => {
    expect(counted('Peru tried to influence Chile.').filter((e) => e.polarity === 'cooperative')).toEqual([]);
    expect(counted('The floods in Peru affected Chile.')).toEqual([]);
  });

  it("reads a hostile act reported against the speaker's own firms or people as an accusation", () => {
    const events = all('Peru said Chile was punishing Peruvian firms.');
    expect(events.find((e) => e.category === 'ACCUSE')).toMatchObject({ source: 'PER', target: 'CHL' });
  });

  it('reads the agent of an act noun after "by", and officials in a capital as its state', () => {
    expect(one('Air strikes by Chile on a market in Peru killed ten people.')).toMatchObject({
      source: 'CHL',
      target: 'PER',
      category: 'ASSAULT',
    });
    expect(one('The officials in Santiago accused Peru of spying.')).toMatchObject({ source: 'CHL', target: 'PER' });
  });

  it('reads a call on a state to act as a request, a phone call as a consultation, "according to" as no act', () => {
    expect(one('Peru renewed its call on Chile to reopen the border.')).toMatchObject({ target: 'CHL', category: 'REQUEST' });
    expect(one('Peru held a phone call with Chile.')).toMatchObject({ target: 'CHL', category: 'CONSULT' });
    expect(counted('Peru answered a call on Chile.')).toEqual([]);
    expect(counted('Peru fired rockets at Chile, according to Bolivian envoys.').map((e) => e.category)).toEqual(['ASSAULT']);
  });

  it('keeps a numbered second noun inside the object: "71 aircraft and nine ships toward Y"', () => {
    expect(one('Peru sent 71 aircraft and nine ships toward Chile.')).toMatchObject({ target: 'CHL', category: 'MOBILIZE' });
  });

  it('reads a past form after a short subject as its verb, and a name after a determiner as a modifier', () => {
    // the tagger calls "shot" a noun after "destroyer"
    expect(one('The Peruvian destroyer shot down a Chilean drone.')).toMatchObject({ source: 'PER', target: 'CHL' });
    // "the UN meeting in Lima" is a meeting held there, not a meeting with Peru
    expect(counted('Chile met Bolivia on the sidelines of the UN meeting in Lima.').filter((e) => e.target === 'PER')).toEqual(
      [],
    );
  });

  it("reads a state's deed that a speaker calls a wrong as an accusation of that state", () => {
    const judged = counted("Peru said Chile's treatment of the miners amounted to gross human rights abuses.");
    expect(judged.find((e) => e.category === 'ACCUSE')).toMatchObject({ source: 'PER', target: 'CHL' });
    expect(
      counted("Peru said Chile's annexation of the islands was illegal.").map((e) => `${e.source}>${e.target}:${e.category}`),
    ).toContain('PER>CHL:ACCUSE');
    // praise of a deed is no accusation
    expect(counted("Peru said Chile's offer was generous.").filter((e) => e.category === 'ACCUSE')).toEqual([]);
  });

  it('reads the government in a capital as the object of a verb', () => {
    expect(one('Peru accused the government in Santiago of provoking violence.')).toMatchObject({
      target: 'CHL',
      category: 'ACCUSE',
    });
  });

  it('reads a rebuke drawn from a state as its act, and two delegations that travel as no meeting', () => {
    const drawn = counted('Peru approved the sale of jets to Bolivia, drawing a rebuke from Chile.');
    expect(drawn.find((e) => e.source === 'CHL')).toMatchObject({ target: 'PER', category: 'ACCUSE' });
    expect(counted('The Peruvian and Chilean delegations arrived in Tokyo for the climate conference.')).toEqual([]);
    // an owner names the doer of an act noun inside its own phrase only
    expect(one("Peru's latest missile strikes hit Chile.")).toMatchObject({ source: 'PER', target: 'CHL' });
  });

  it('reads a place of a cooperative act as its venue: "at the embassy", "the Santiago accords"', () => {
    expect(pairs(counted('Peru and Chile signed a treaty at the Bolivian embassy.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    expect(counted('Peru violated the Santiago accords with Bolivia.').map((e) => e.target)).toEqual(['BOL']);
  });

  it('reads a place handed over as going to the one after "to", and one seized as taken from the one after "from"', () => {
    expect(one('Peru returned Kharkiv to Chile.')).toMatchObject({ target: 'CHL', category: 'YIELD' });
    expect(one('Peru handed over Kharkiv to Chile.')).toMatchObject({ target: 'CHL', category: 'YIELD' });
    // and a place seized "from" another is taken from that one; force used "from" a place is not aimed at it
    expect(one('Peru seized Kharkiv from Chile.')).toMatchObject({ target: 'CHL', category: 'COERCE' });
    expect(one('Peru shelled Kharkiv from Chile.')).toMatchObject({ target: 'UKR', category: 'ASSAULT' });
  });

  it('reads a fight "in" a place as both sides fighting, and "leaving ten dead" as no act', () => {
    const clash = counted('Peruvian and Chilean troops clashed in the valley, leaving ten soldiers dead.');
    expect(clash.map((e) => `${e.source}>${e.target}:${e.category}`).sort()).toEqual(['CHL>PER:ASSAULT', 'PER>CHL:ASSAULT']);
  });

  it('reads calling a deed hostile as an accusation, and a call on a weekday as a call', () => {
    expect(one("Peru called Chile's move hostile.")).toMatchObject({ target: 'CHL', category: 'ACCUSE' });
    expect(one("Peru described Chile's decision as a provocation.")).toMatchObject({ target: 'CHL', category: 'ACCUSE' });
    expect(one('Peru called Chile on Friday.')).toMatchObject({ target: 'CHL', category: 'CONSULT' });
  });

  it('reads a participle after a comma as the act of the clause subject, not of a name in the object', () => {
    const text = 'Peru detained a Chilean envoy on spying charges, prompting condemnation from Bolivia.';
    expect(counted(text).find((e) => e.source === 'BOL')).toMatchObject({ target: 'PER', category: 'ACCUSE' });
    // an infinitive keeps its own subject ("its failure to fight ...")
    expect(counted('Peru cut aid to Chile over its failure to fight the rebels.').map((e) => e.category)).toEqual(['SANCTION']);
  });

  it("reads a feeling about another as the feeler's act, not a passive", () => {
    expect(one("Peru was dismayed by Chile's decision.")).toMatchObject({ source: 'PER', target: 'CHL', category: 'ACCUSE' });
  });

  it('reads the second of two coordinated verbs with the clause subject, and ends the first object before it', () => {
    // "taken in" codes no act: the refugees are still no subject of "delivered"
    expect(one('Peru has taken in many Chilean refugees and delivered tanks to Bolivia.')).toMatchObject({
      source: 'PER',
      target: 'BOL',
    });
    expect(pairs(counted('Peru and Chile held drills and criticized Bolivia.')).sort()).toEqual(['CHL>BOL', 'PER>BOL']);
    expect(counted('Peru and Chile held drills and criticized Bolivia.').map((e) => e.category)).toEqual(['ACCUSE', 'ACCUSE']);
  });

  it("reads an act within one state's own polity by two subjects as no act between them", () => {
    expect(counted('Both Peru and Chile held elections in the autumn.')).toEqual([]);
    // an agreement of two subjects is still one between them
    expect(pairs(counted('Peru and Chile signed a treaty.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads the subject of a passive inside its own clause, not an object before "after"', () => {
    expect(pairs(counted('Peru summoned the Chilean envoy after three men were charged with spying for Bolivia.'))).toEqual([
      'PER>CHL',
    ]);
  });

  it('reads police, courts and authorities "in" a country as that state, and troops there as no one yet', () => {
    expect(one('Police in Peru arrested a Chilean envoy.')).toMatchObject({ source: 'PER', target: 'CHL' });
    expect(one('A court in Peru ordered the arrest of two Chilean officials.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
    });
    expect(counted('Troops in Peru attacked Chile.')).toEqual([]);
  });

  it('reads states added to a subject with "along with" and states joined "in" an act as doing it too', () => {
    expect(pairs(counted("Peru, along with Chile and Bolivia, condemned Uganda's crackdown.")).sort()).toEqual([
      'BOL>UGA',
      'CHL>UGA',
      'PER>UGA',
    ]);
    expect(pairs(counted('Peru joined Chile in condemning Uganda.')).sort()).toEqual(['CHL>UGA', 'PER>UGA']);
  });

  it('reads a visit called off or cancelled as a cut in relations with the host or the visitor', () => {
    expect(one('Peru called off a planned visit to Chile.')).toMatchObject({ target: 'CHL', category: 'SANCTION' });
    expect(one('Peru cancelled a visit by the Chilean president.')).toMatchObject({ target: 'CHL', category: 'SANCTION' });
  });

  it('reads what is done to an embassy as done to the state it sits in', () => {
    expect(one('Peru reopened its embassy in Uganda after a long break.')).toMatchObject({ target: 'UGA', category: 'SUPPORT' });
    expect(one('Peru closed its embassy in Uganda.')).toMatchObject({ target: 'UGA', category: 'SANCTION' });
  });

  it('reads an irregular past participle after "had" as a verb, and a noun after it as a noun', () => {
    expect(one('Peru said it had shot down two Chilean jets.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ASSAULT',
    });
    expect(counted('Peru had talks with Chile.').map((e) => e.category)).toEqual(['CONSULT', 'CONSULT']);
  });

  it('reads a hostile act a speaker names as the cause of its own as an accusation of its doer', () => {
    expect(one('Lima said the drills were a response to provocations by Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ACCUSE',
    });
    // a hostile act merely reported is no accusation
    expect(counted('Lima said the drills followed exercises by Chile.')).toEqual([]);
  });

  it('reads a particle after a short object as the multi-word verb: "handed Hong Kong back to China"', () => {
    expect(one('Peru handed the islands back to Chile in 1990.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'YIELD',
    });
    expect(one('Peru turned the Chilean offer down.')).toMatchObject({ target: 'CHL', category: 'REJECT' });
  });

  it('reads a subject after a fronted date as the subject, not the object of "in"', () => {
    expect(pairs(counted('In 1990, Peru and Chile signed a treaty.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads ordering a deed as doing it, once', () => {
    expect(counted('Peru ordered a naval blockade of Chile.')).toMatchObject([
      { source: 'PER', target: 'CHL', category: 'COERCE' },
    ]);
  });

  it('reads "both countries" after a verb and its object as the states named before the subject', () => {
    const text = "Peru tested a missile two weeks after Chile's test, and Bolivia imposed sanctions on both countries.";
    expect(pairs(counted(text).filter((e) => e.source === 'BOL')).sort()).toEqual(['BOL>CHL', 'BOL>PER']);
  });

  it('reads the nearest party of an unparsed act further away only with no comma and by its own preposition', () => {
    expect(one("Peru's assistance package comprised tents and relief supplies for the storm victims in Chile.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'AID',
    });
    expect(counted('The Peruvian ambassador gave a speech about European culture at a university in Chile.')).toEqual([]);
  });

  it('reads through a scare quote inside a clause', () => {
    expect(one('Peru received a "very warm letter" from Chile.')).toMatchObject({ source: 'CHL', target: 'PER' });
    // the protest coordinated with the label is made to the same party
    expect(
      counted('Peru called the Chilean move a “provocation” and protested.').map((e) => `${e.source}>${e.target}:${e.category}`),
    ).toEqual(['PER>CHL:ACCUSE', 'PER>CHL:PROTEST']);
  });

  it('reads an act named in an adjunct of the clause as aimed at the subject of its verb', () => {
    expect(pairs(counted('Peru closed the border under pressure from Chile.'))).toEqual(['CHL>PER']);
    expect(counted('Peru allowed the ship to dock despite objections from Chile.').find((e) => e.source === 'CHL')).toMatchObject(
      {
        target: 'PER',
      },
    );
    expect(counted('Peru sent troops into Bolivia with the approval of Chile.').find((e) => e.source === 'CHL')).toMatchObject({
      target: 'PER',
      category: 'SUPPORT',
    });
    // a noun in an adjunct with no agent after it names no one ("under the truce")
    expect(counted('Peru released dozens of Chilean prisoners under the truce.').map((e) => e.source)).toEqual(['PER']);
  });

  it('reads "him" as the person named last, and unnamed people a state reports hurt as its own', () => {
    const lexWithEnvoy: Lexicon = { ...lex, 'the Chilean ambassador': ['CHL', 'person'] };
    const expelled = eventsOf('Peru expelled the Chilean ambassador, accusing him of spying.', lexWithEnvoy);
    expect(expelled.map((e) => `${e.source}>${e.target}:${e.category}`)).toContain('PER>CHL:ACCUSE');
    const reported = counted('Lima said a Chilean drone strike killed two soldiers near the border.');
    expect(reported.map((e) => `${e.source}>${e.target}:${e.category}`).sort()).toEqual(['CHL>PER:ASSAULT', 'PER>CHL:ACCUSE']);
  });

  it('reads walking out of talks as one cut in relations, and delegations from two states meeting as both meeting', () => {
    expect(counted('Peru walked out of the talks with Chile.')).toMatchObject([
      { source: 'PER', target: 'CHL', category: 'SANCTION' },
    ]);
    expect(pairs(counted('Delegations from Peru and Chile met in Quito.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads weapons named by where they are fired from as that state acting', () => {
    expect(one('Rockets fired from Peru hit northern Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ASSAULT',
    });
    expect(one('Drones from Peru attacked Santiago.')).toMatchObject({ source: 'PER', target: 'CHL' });
    // people from a state are not the state
    expect(counted('Tourists from Peru visited Chile.')).toEqual([]);
  });

  it('reads the deed a state is thanked or praised for as that state acting, toward the one thanking by default', () => {
    const thanked = counted('Chile thanked Peru for sending doctors.');
    expect(thanked.map((e) => `${e.source}>${e.target}:${e.category}`)).toEqual(['CHL>PER:SUPPORT', 'PER>CHL:AID']);
    // the thanked deed is the thanker's account of it
    expect(thanked[1].reported).toBe(true);
    expect(pairs(counted('Chile praised Peru for its aid to Bolivia.'))).toEqual(['CHL>PER', 'PER>BOL']);
    // words of support are no deed of their own
    expect(pairs(counted('Chile praised Peru for its support.'))).toEqual(['CHL>PER']);
  });

  it('reads a verb of violence done with a measure as that measure', () => {
    expect(one('Peru slapped tariffs on Chilean copper.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'COERCE' });
    expect(one('Peru struck Chile with new sanctions.')).toMatchObject({ category: 'COERCE' });
  });

  it('reads the object after a quantity\'s "of" as the verb\'s own', () => {
    const banned = counted('Peru banned dozens of Chilean fishing boats after talks with Bolivia.');
    expect(banned.map((e) => `${e.source}>${e.target}:${e.category}`)).toContain('PER>CHL:COERCE');
  });

  it('reads "the two leaders" and "the two armies" as the two states named before, and a clash as done both ways', () => {
    const agreed = counted('Peru met Chile, and the two leaders agreed to reopen the border.').filter(
      (e) => e.category === 'AGREE',
    );
    expect(pairs(agreed).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    const clash = counted('Peru banned Chilean imports after a clash between the two armies.');
    expect(clash.map((e) => `${e.source}>${e.target}:${e.category}`).sort()).toEqual([
      'CHL>PER:ASSAULT',
      'PER>CHL:ASSAULT',
      'PER>CHL:COERCE',
    ]);
  });

  it('reads a joint act done to what another owns as one-sided', () => {
    expect(pairs(counted("Peru ratified Chile's bid to join the pact.")).filter((p) => p.startsWith('PER'))).toEqual(['PER>CHL']);
    expect(pairs(counted("Peru ratified Chile's bid to join the pact."))).not.toContain('CHL>PER');
    expect(pairs(counted('Peru and Chile ratified the pact.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads turning back from a state as a retreat', () => {
    expect(one('Chilean ships turned back from the Peruvian coast.')).toMatchObject({
      source: 'CHL',
      target: 'PER',
      category: 'YIELD',
    });
  });

  it('reads talks held during a clause as talks of the clause subject with the partner named after them', () => {
    expect(pairs(counted('Peru praised Chile during talks with Bolivia.')).sort()).toEqual(['BOL>PER', 'PER>BOL', 'PER>CHL']);
  });

  it('keeps a bare preposition phrase to the verb it was written for', () => {
    // "welcomed Y to" is hosting; "praised Y ... to Z" is not
    expect(one('Peru welcomed Chile to the summit.')).toMatchObject({ category: 'CONSULT' });
    expect(counted('Chile praised Peru for its aid to Bolivia.')[0]).toMatchObject({ target: 'PER', category: 'SUPPORT' });
  });

  it('reads the act a cause made its object do as done, and what another was forced to do as its own', () => {
    const prompted = counted('Chilean troops shelled a camp in Bolivia, prompting Lima to expel the Chilean envoy.');
    // (an envoy expelled is a cut in relations)
    expect(prompted.map((e) => `${e.source}>${e.target}:${e.category}`)).toContain('PER>CHL:SANCTION');
    const forced = counted('Chile forced Peru to withdraw from Bolivia.');
    expect(forced.map((e) => `${e.source}>${e.target}:${e.category}`)).toEqual(['CHL>PER:COERCE', 'PER>BOL:YIELD']);
    // asking is not making: what Peru was urged to do stays unasserted
    expect(all('Chile urged Peru to withdraw from Bolivia.').find((e) => e.category === 'YIELD')?.hypothetical).toBe(true);
  });

  it("reads a protest at a state's embassy as aimed at that state, not the host", () => {
    expect(one('Thousands of Peruvians protested outside the Chilean embassy in Brazil.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'PROTEST',
    });
  });

  it('reads troops entering a state as occupying it', () => {
    expect(one('Peruvian troops entered Bolivia.')).toMatchObject({ source: 'PER', target: 'BOL', category: 'COERCE' });
    expect(one('Peruvian forces entered Bolivia.')).toMatchObject({ source: 'PER', target: 'BOL' });
    expect(counted('Peruvian tourists entered Bolivia.')).toEqual([]);
  });

  it('reads force used on a group inside a state as used in that state too', () => {
    const struck = counted('Chilean jets struck the Sendero militia in southern Peru.');
    expect(pairs(struck).sort()).toEqual(['CHL>PER', 'CHL>SENDERO']);
    // a state's own people hit in its own territory add nothing
    expect(pairs(counted('Peruvian police raided the Sendero militia in Peru.'))).toEqual(['PER>SENDERO']);
  });

  it('reads closing ports and freezing exports to a state as sanctions on it', () => {
    expect(one('Peru closed its ports to Chilean trawlers.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'COERCE' });
    expect(one('Peru froze the export of copper to Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'COERCE' });
  });

  it('reads "apologised for" as naming the apologiser\'s own deed, not the other\'s', () => {
    expect(pairs(counted('Peru apologised to Chile for the violence of the colonial war.'))).toEqual(['PER>CHL']);
  });

  it('reads the parties named after "between" as holding a joint act, whoever speaks of it', () => {
    // (concern voiced over it is disapproval of its parties, as criticism is)
    expect(pairs(counted('Bolivia voiced concern over the pact between Peru and Chile.')).sort()).toEqual([
      'BOL>CHL',
      'BOL>PER',
      'CHL>PER',
      'PER>CHL',
    ]);
    const pact = counted('Bolivia criticised the pact between Peru and Chile.');
    expect(pact.filter((e) => e.source === 'BOL').map((e) => e.category)).toEqual(['ACCUSE', 'ACCUSE']);
  });

  it('reads a coordinated verb with no party of its own as acting on the party of the verb before it', () => {
    expect(counted('Peru visited Santiago and promised aid.').map((e) => `${e.source}>${e.target}:${e.category}`)).toEqual([
      'PER>CHL:CONSULT',
      'PER>CHL:AGREE',
    ]);
    // an act within one's own polity stays there
    expect(pairs(counted('Peru met Chile and then held elections.'))).toEqual(['PER>CHL']);
  });

  it("reads the act noun object of a coordinated verb as the shared subject's act", () => {
    expect(
      counted('Peru severed ties with Chile and switched recognition to Bolivia.').map(
        (e) => `${e.source}>${e.target}:${e.category}`,
      ),
    ).toEqual(['PER>CHL:SANCTION', 'PER>BOL:SUPPORT']);
    // a coordinated verb that is an act word speaks about the noun; the noun's act stays its parties'
    const called = counted('Peru recalled its envoy from Santiago and called the deal a violation of its sovereignty.');
    expect(called.filter((e) => e.category === 'SUPPORT')).toEqual([]);
    // a coordinated verb leaning the other way does not take the first verb's party
    expect(pairs(counted('Peru attacked Chile and signed a pact.'))).toEqual(['PER>CHL']);
  });

  it("reads plotting to do a hostile deed as a threat, the accuser's claim when charged", () => {
    const charged = all('Peru accused Chile of plotting to attack Lima.');
    expect(charged.map((e) => `${e.source}>${e.target}:${e.category}`)).toEqual(['PER>CHL:ACCUSE', 'CHL>PER:THREATEN']);
    expect(charged[1].reported).toBe(true);
    expect(one('Peru plotted to invade Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'THREATEN' });
  });

  it("reads closing a strait to a state's ships as a sanction", () => {
    expect(one('Peru closed the strait to Chilean ships.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'COERCE' });
  });

  it('reads the hostile act a cause made another do as aimed at the one who caused it', () => {
    const prompted = counted('Chilean police raided the Peruvian embassy, prompting Peru to suspend relations.');
    expect(prompted.map((e) => `${e.source}>${e.target}:${e.category}`)).toContain('PER>CHL:SANCTION');
    expect(one('Peru suspended ties with Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'SANCTION' });
  });

  it('reads an organ named by the capital it sits in as the speaker of that state', () => {
    const said = counted('Chilean troops shelled Peruvian posts, the defence ministry in Lima said.');
    expect(said.map((e) => `${e.source}>${e.target}:${e.category}`).sort()).toEqual(['CHL>PER:ASSAULT', 'PER>CHL:ACCUSE']);
  });

  it('reads what two states do to "each other" as done both ways', () => {
    expect(pairs(counted("Peru and Chile opened embassies in each other's capitals.")).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads condemning a coup in a state as accusing that state', () => {
    expect(one('Bolivia condemned the coup in neighbouring Peru.')).toMatchObject({
      source: 'BOL',
      target: 'PER',
      category: 'ACCUSE',
    });
  });

  it("reads impounding a state's property as a seizure", () => {
    expect(one('Peru impounded Chilean fishing boats.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'COERCE' });
  });

  it("codes a passive by its subject as the verb's object, past a preposition in the subject", () => {
    // summoning an envoy is a reproach, in the passive as in the active
    expect(one('Peru summoned the Chilean ambassador.')).toMatchObject({ category: 'ACCUSE' });
    expect(one('The Chilean ambassador to Bolivia was summoned by Lima.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ACCUSE',
    });
  });

  it('reads dispatching like sending, and what two states do to their shared border as done both ways', () => {
    expect(one('Lima dispatched an envoy to Santiago.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'CONSULT' });
    const reopened = counted('Peru and Chile reopened their shared border.');
    expect(reopened.map((e) => `${e.source}>${e.target}:${e.category}`).sort()).toEqual(['CHL>PER:YIELD', 'PER>CHL:YIELD']);
  });

  it('reads the subject after a fronted phrase and its comma, and gives an opening participle that subject', () => {
    expect(one('In Lima, Chile praised Bolivia.')).toMatchObject({ source: 'CHL', target: 'BOL' });
    const visiting = counted('Visiting Lima, Chile praised Bolivia.');
    expect(visiting.map((e) => `${e.source}>${e.target}:${e.category}`)).toEqual(['CHL>PER:CONSULT', 'CHL>BOL:SUPPORT']);
    // a list after a preposition stays inside it
    expect(pairs(counted('Peru shelled parts of Chile, Bolivia and Brazil.'))).toEqual(['PER>CHL', 'PER>BOL', 'PER>BRA']);
  });

  it('reads "both sides" as the object of a verb as the two other states, never its subject', () => {
    const urged = counted(
      'Chile shelled towns in Bolivia. Bolivia appealed to Peru for help. Peru urged both sides to stop the fighting.',
    );
    expect(
      urged
        .filter((e) => e.category === 'REQUEST' && e.source === 'PER')
        .map((e) => e.target)
        .sort(),
    ).toEqual(['BOL', 'CHL']);
  });

  it('reads refusing a hostile act as no act and no rejection, and refusing help as a rejection', () => {
    expect(counted('Peru refused to attack Chile.')).toEqual([]);
    expect(counted('Peru refused to impose sanctions on Chile.')).toEqual([]);
    expect(one('Peru refused to help Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'REJECT' });
  });

  it('reads an act expected or under consideration as not yet done, and one whose report is rejected as denied', () => {
    expect(counted('Peru is expected to sign a trade deal with Chile.')).toEqual([]);
    expect(counted('Peru is considering sanctions on Chile.')).toEqual([]);
    const denied = all('Peru rejected reports that it had expelled Chilean diplomats.');
    expect(denied.find((e) => e.category === 'SANCTION')).toMatchObject({ source: 'PER', target: 'CHL', negated: true });
  });

  it('reads a hostile act not ruled out as a threat, one ruled out as not done, and help ruled out as refused', () => {
    expect(one('Peru did not rule out strikes on Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'THREATEN' });
    expect(counted('Peru ruled out strikes on Chile.')).toEqual([]);
    expect(one('Peru ruled out sending troops to Bolivia.')).toMatchObject({ target: 'BOL', category: 'REJECT' });
  });

  it("ends a verb's phrase before a name, so the name stays the object", () => {
    expect(one('Peru ordered Chilean troops to leave the country.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'COERCE',
    });
    // with the gazetteer, "French troops" is one mention of France's forces, inside the phrase "ordered ... troops"
    const ordered = analyze({ id: 1, text: 'Niger ordered French troops to leave the country.', published: '2023-08-03' });
    expect(ordered.events.map((e) => `${e.source}>${e.target}:${e.category}`)).toEqual(['NER>FRA:COERCE']);
    // the subject's own troops sent "to" a state are no object that closes the phrase
    const sent = analyze({
      id: 2,
      text: 'Mitterrand sent French troops to Saudi Arabia to join the coalition against Iraq.',
      published: '1990-08-09',
    });
    expect(sent.events.filter((e) => !e.hypothetical).map((e) => `${e.source}>${e.target}`)).toEqual(['FRA>SAU']);
  });

  it("reads accepting another's demands as yielding, and refusing to accept its threats as rejecting it", () => {
    expect(one('Peru accepted the demands of Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'YIELD' });
    expect(one('Peru will not accept threats from Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'REJECT' });
  });

  it('reads executing people as force used against their state, and executing a contract as no force', () => {
    const hanged = analyze({ id: 3, text: 'Iran executed a British national.', published: '2023-01-14' });
    expect(hanged.events.map((e) => `${e.source}>${e.target}:${e.category}`)).toEqual(['IRN>GBR:ASSAULT']);
    expect(counted('Peru executed the contract with Chile.').filter((e) => e.category === 'ASSAULT')).toEqual([]);
  });

  it('reads what a pledged thing is for as promised, not done, and asks nobody to act', () => {
    expect(
      counted('Qatar pledged 40 million dollars to help Kenya.').map((e) => `${e.source}>${e.target}:${e.category}`),
    ).toEqual(['QAT>KEN:AGREE']);
    expect(
      all('Norway has pledged 40 million dollars to rebuild schools in Kenya.').filter((e) => e.category === 'REQUEST'),
    ).toEqual([]);
  });

  it('reads recalling any envoy as a cut in relations with the state it served in', () => {
    expect(one('Ghana recalled its high commissioner from Togo.')).toMatchObject({
      source: 'GHA',
      target: 'TGO',
      category: 'SANCTION',
    });
    expect(one('Peru recalled its envoy to Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'SANCTION' });
  });

  it("reads reinforcing another's forces as no coercion of them, and reinforcing one's own troops as a build-up", () => {
    expect(counted('Norway reinforced the Kenyan battalion.').filter((e) => e.polarity === 'conflictual')).toEqual([]);
    expect(one('Russia reinforced its troops near Ukraine.')).toMatchObject({
      source: 'RUS',
      target: 'UKR',
      category: 'MOBILIZE',
    });
  });

  it('reads a host of talks between two others as offering to mediate to each, not as a party to them', () => {
    expect(pairs(counted('Peru hosted talks between Chile and Bolivia.')).sort()).toEqual(['PER>BOL', 'PER>CHL']);
  });

  it("reads a charge of force against the accuser's own things as force against the accuser", () => {
    expect(pairs(counted('Peru accused Chile of shelling its border posts.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    expect(pairs(counted('Ghana accused Togo of firing on its positions.')).sort()).toEqual(['GHA>TGO', 'TGO>GHA']);
    expect(pairs(counted('Peru accused Chile of breaking its promises.'))).toEqual(['PER>CHL']);
  });

  it('reads rejecting a statement by a named author as rejecting that author', () => {
    expect(one('Peru rejected a statement by Chile as a provocation.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REJECT',
    });
    expect(one('Ghana dismissed the claims from Togo.')).toMatchObject({ source: 'GHA', target: 'TGO', category: 'REJECT' });
  });

  it('reads an offer to host talks between two others as an offer to mediate to each', () => {
    expect(pairs(counted('Peru offered to host talks between Chile and Bolivia.')).sort()).toEqual(['PER>BOL', 'PER>CHL']);
  });

  it('reads refusing to join sanctions against a state as no rejection of that state, whatever a later clause names', () => {
    const refused = counted('Brazil refused to join the sanctions against Russia, saying it would keep trading with Egypt.');
    expect(refused.filter((e) => e.polarity === 'conflictual' && (e.target === 'RUS' || e.target === 'EGY'))).toEqual([]);
  });

  it('reads the place a thing of the object is used for as no target of the act', () => {
    expect(pairs(counted('Egypt destroyed tunnels used to smuggle weapons into Israel.'))).toEqual([]);
    expect(pairs(counted('Egypt destroyed tunnels in Israel.'))).toEqual(['EGY>ISR']);
  });

  it('reads resuming trade or links as cooperation resumed', () => {
    expect(one('Spain resumed trade with Peru.')).toMatchObject({ source: 'ESP', target: 'PER', category: 'COOPERATE' });
    expect(pairs(counted('Spain and Peru resumed ferry links.')).sort()).toEqual(['ESP>PER', 'PER>ESP']);
  });

  it('reads the subject of a clause opened by "after" past the head noun of its demonym', () => {
    const protested = counted('Peru lodged a protest after a Chilean military plane violated Peruvian airspace.');
    expect(pairs(protested).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    expect(protested.find((e) => e.source === 'CHL')?.polarity).toBe('conflictual');
  });

  it("reads a state's possessive before a person's name it does not know as that person, not as a firm", () => {
    const signed = analyze({
      id: 4,
      text: "Italy signed a friendship treaty with Libya's Moamer Kadhafi.",
      published: '2008-08-30',
    });
    expect(pairs(signed.events).sort()).toEqual(['ITA>LBY', 'LBY>ITA']);
    const firm = analyze({ id: 5, text: "India's Tata Motors signed a deal with Britain.", published: '2008-03-26' });
    expect(firm.events.filter((e) => e.source === 'IND' || e.target === 'IND')).toEqual([]);
  });

  it('reads ordering an envoy out as expelling him', () => {
    expect(one('Bolivia ordered the Peruvian ambassador out.')).toMatchObject({
      source: 'BOL',
      target: 'PER',
      category: 'SANCTION',
    });
  });

  it('reads words about a deed named by a noun for it as answering the doer of that deed', () => {
    expect(one('Peru said it would seek talks with the rebels, a move criticised by Chile.')).toMatchObject({
      source: 'CHL',
      target: 'PER',
      category: 'ACCUSE',
      reported: false,
    });
    const drew = counted('Peru launched two missiles in a show of strength that drew criticism from Chile.');
    expect(drew.map((e) => `${e.source}>${e.target}:${e.category}`)).toContain('CHL>PER:ACCUSE');
    expect(pairs(counted('Peru expelled two Chilean diplomats, a step condemned by Chile.')).sort()).toEqual([
      'CHL>PER',
      'PER>CHL',
    ]);
  });

  it('reads the speaker of words said after an apposition as its head, and "it" opening them as that speaker', () => {
    expect(one("Peru, Chile's largest creditor, said it would help Bolivia.")).toMatchObject({ source: 'PER', target: 'BOL' });
    expect(one('Peru, the largest creditor of Chile, said it praised Bolivia.')).toMatchObject({
      source: 'PER',
      target: 'BOL',
      reported: false,
    });
  });

  it("reads a relation wanted with another as the wanting side's wish, one way", () => {
    expect(pairs(counted('Spain wanted good relations with Peru.'))).toEqual(['ESP>PER']);
  });

  it('reads "both governments" as the object of a verb after a relative clause on its subject, leaving the subject out', () => {
    const urged = counted(
      'Ghana and Togo traded accusations. Peru, which mediated the 2019 accord between the two countries, urged both governments to show restraint.',
    ).filter((e) => e.category === 'REQUEST');
    expect(pairs(urged).sort()).toEqual(['PER>GHA', 'PER>TGO']);
  });

  it("reads a state's descriptor as the state named in the subject's apposition", () => {
    const text =
      "Japan will lend Sri Lanka 400 million dollars. China, Sri Lanka's largest creditor, said it respected the island's choices.";
    const result = analyze({ id: 6, text, published: '2025-09-20' });
    expect(pairs(result.events.filter((e) => e.source === 'CHN'))).toEqual(['CHN>LKA']);
  });

  it('reads what a group of speakers says of themselves as their own words, not a claim', () => {
    const said = counted('Peru, Chile and Bolivia said they would cooperate.');
    expect(said.length).toBe(6);
    expect(said.filter((e) => e.reported)).toEqual([]);
  });

  it('reads people extradited or handed over to a state as handed to that state', () => {
    const extradited = analyze({
      id: 7,
      text: 'Uganda extradited two Rwandan rebel commanders to Kigali.',
      published: '2024-05-02',
    });
    expect(pairs(extradited.events)).toEqual(['UGA>RWA']);
    const handed = analyze({ id: 8, text: 'Kenya handed over Somali pirates to the Seychelles.', published: '2010-03-11' });
    expect(pairs(handed.events)).toEqual(['KEN>SYC']);
  });

  it('reads condemning a deed done to a state as aimed at its doer, and at nobody when no doer is named', () => {
    expect(counted('Peru condemned the invasion of Bolivia.')).toEqual([]);
    expect(pairs(counted('Peru condemned the bombing of Bolivia by Chile.'))).toEqual(['PER>CHL']);
    expect(one('Peru threatened the bombing of Bolivia.')).toMatchObject({ source: 'PER', target: 'BOL' });
  });

  it('reads a complaint brought to a body against a state as aimed at that state', () => {
    const text = 'Ghana filed a complaint with the United Nations against Togo.';
    expect(pairs(counted(text))).toEqual(['GHA>TGO']);
  });

  it('reads a label in a free relative as no act, and breaking ties or talks as their end', () => {
    expect(
      counted('Peru protested to Chile over what Lima called the dangerous manoeuvres of Chilean ships.').map((e) => e.category),
    ).toEqual(['PROTEST']);
    expect(one('Peru broke ties with Chile.')).toMatchObject({ target: 'CHL', category: 'SANCTION' });
    expect(one('Peru broke off talks with Chile.')).toMatchObject({ target: 'CHL', category: 'REJECT' });
  });

  it('reads a measure threatened as not yet taken', () => {
    expect(counted('Peru threatened sanctions against Chile.').map((e) => `${e.source}>${e.target}:${e.category}`)).toEqual([
      'PER>CHL:THREATEN',
    ]);
  });

  it('reads retaking a place, persecuting people and renewing a deal or a measure', () => {
    expect(one('Peru retook the town from Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'COERCE' });
    expect(one('Peru persecuted Chile for its support of the rebels.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'COERCE',
    });
    expect(one('Peru renewed sanctions on Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'COERCE' });
  });

  it('reads a past form after a title the tagger reads as an adjective as the verb', () => {
    const accused = analyze({
      id: 9,
      text: "Sudan's army chief accused the United Arab Emirates of arming the rebels.",
      published: '2024-06-01',
    });
    expect(accused.events.map((e) => `${e.source}>${e.target}:${e.category}`)).toContain('SDN>ARE:ACCUSE');
  });

  it('reads what is received from others named after a long object as their aid', () => {
    expect(pairs(counted('Peru received its first batch of new fighter jets from Chile and Bolivia.')).sort()).toEqual([
      'BOL>PER',
      'CHL>PER',
    ]);
  });

  it('reads "the West Bank" as Palestine, not the West', () => {
    const raided = analyze({ id: 10, text: 'Israeli forces raided a hospital in the West Bank.', published: '2024-01-30' });
    expect(pairs(raided.events)).toEqual(['ISR>PSE']);
  });

  it('reads a hostile act another is allowed to do as not done', () => {
    expect(counted('Peru allowed Chile to send troops into Bolivia.').filter((e) => e.source === 'CHL')).toEqual([]);
  });

  it("reads a participle after a comma as the clause subject's act when the clause's verb is no act word", () => {
    expect(one("Peru's president spent the weekend in Chile, condemning Bolivia.")).toMatchObject({
      source: 'PER',
      target: 'BOL',
      category: 'ACCUSE',
    });
  });

  it('reads choosing a state for a trip as a visit to it', () => {
    expect(counted("Peru's president chose Chile for his first trip abroad, condemning Bolivia.")).toMatchObject([
      { source: 'PER', target: 'CHL', category: 'CONSULT' },
      { source: 'PER', target: 'BOL', category: 'ACCUSE' },
    ]);
  });

  it('reads vowing retaliation or reprisals against a state as a threat to it', () => {
    expect(one('Peru vowed retaliation against Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'THREATEN' });
  });

  it('reads hostile words about a hostile deed done to their own people as aimed at its doer', () => {
    expect(one('Peru condemned the killing of its citizens by Chilean border guards.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ACCUSE',
    });
    expect(one('Peru protested the detention of its fishermen by Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      polarity: 'conflictual',
    });
  });

  it("reads a threat answering a hostile deed as aimed at the deed's doer", () => {
    expect(one('Peru vowed revenge for the assassination of its envoy by Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'THREATEN',
    });
  });

  it('reads restored flights and a suspended named treaty as cooperation restored and cut', () => {
    expect(pairs(counted('Peru and Chile restored flights between their capitals.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    const suspended = one('Peru suspended the Pacific Waters Treaty with Chile.');
    expect(suspended).toMatchObject({ source: 'PER', target: 'CHL', polarity: 'conflictual' });
  });

  it("reads what a state obtained from another as the other's act, not its own", () => {
    expect(counted('Qatar secured the release of three Peruvians held in Chile.').filter((e) => e.source === 'QAT')).toEqual([]);
    expect(one('Peru secured a 2 billion dollar loan from Chile.')).toMatchObject({
      source: 'CHL',
      target: 'PER',
      category: 'AID',
    });
  });

  it('reads a thing handed or returned to a state after a long object as given to it', () => {
    expect(one('Peru handed a detailed list of the graves of its fallen soldiers to Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      polarity: 'cooperative',
    });
    expect(one('Peru returned a silver-plated sword of the national hero Miguel Grau to Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'YIELD',
    });
  });

  it('reads a declared refusal to accept or recognise another as a rejection, and a state of not recognising as none', () => {
    expect(one("Peru said it would never accept Chile's claims to the islands.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REJECT',
    });
    expect(counted('Peru has not recognised Chile.')).toEqual([]);
  });

  it('reads a plural noun after a name in an object as a noun, not a verb', () => {
    expect(one("Peru's president called on UN allies to send more troops to Bolivia.")).toMatchObject({
      source: 'PER',
      target: 'UN',
      category: 'REQUEST',
    });
  });

  it('reads the two sides after a place as the pair named before', () => {
    const upgraded = counted('Peru hosted the Chilean president in Lima and the two sides upgraded ties.');
    expect(pairs(upgraded.filter((e) => e.category === 'SUPPORT')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it("reads an agreement to a helpful act with no party of its own as made with that act's party", () => {
    const agreed = counted('Peru agreed to withdraw its soldiers from Chile.');
    expect(pairs(agreed)).toEqual(['PER>CHL']);
    expect(agreed[0].category).toBe('AGREE');
    expect(all('Peru agreed to attack Chile.').filter((e) => e.category === 'AGREE')).toEqual([]);
  });

  it('reads neutralising fighters as force and neutralising a bomb as no act', () => {
    expect(one('Peruvian forces neutralised rebels in northern Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ASSAULT',
    });
    expect(counted('Peruvian engineers neutralised a bomb near the Chilean embassy.')).toEqual([]);
  });

  it('keeps the nearest-actor fallback out of a relative clause opened by whose', () => {
    expect(counted('A Peruvian frigate rescued dozens of migrants whose boat had sunk off the Chilean coast.')).toEqual([]);
  });

  it('reads a thing sent to a state as an act noun as that act of the subject', () => {
    expect(one('Peru will send 5,000 tonnes of wheat to Chile as food aid.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'AID',
    });
  });

  it('reads help with a bare infinitive as no help to the parties of the infinitive', () => {
    expect(
      all('Peru urged its neighbours to help end the Chilean blockade.').filter((e) => e.polarity === 'cooperative'),
    ).toEqual([]);
  });

  it('reads a hostile act announced on a condition as a threat made, not a supposition', () => {
    expect(one('Peru would cut off gas supplies to Chile if Santiago expelled its diplomats.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'THREATEN',
      hypothetical: false,
    });
  });

  it('reads a snubbed invitation as a rejection and lobbying another to act as a request', () => {
    expect(one('Peru snubbed an invitation from Chile to attend a summit.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REJECT',
    });
    expect(one('Peru lobbied Chile to extradite the former general.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REQUEST',
    });
  });

  it('reads the one an object is held by as the party a deed reaches', () => {
    expect(one('Peru shelled positions held by Chilean troops near the border.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ASSAULT',
    });
  });

  it('reads help for fighters in a state, or for its own citizens there, as no help to that state', () => {
    expect(counted('Peru armed and trained rebel fighters in Chile.')).toEqual([]);
    expect(counted('Peru airlifted 200 of its citizens out of Chile.')).toEqual([]);
    expect(one('Peru withdrew its troops from Chile.')).toMatchObject({ source: 'PER', target: 'CHL' });
  });

  it("reads a state's named plan or initiative as the state's own", () => {
    expect(one("Peru hailed Chile's Roads and Ports plan as a boost for trade.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'SUPPORT',
    });
  });

  it('reads the owner in a closing attribution as the subject of the words it closes', () => {
    expect(
      all('Peru will not extradite the banker to Chile, its justice ministry said.').filter((e) => e.source === 'CHL'),
    ).toEqual([]);
  });

  it("reads a visit or a meeting in a time adjunct as the clause subject's", () => {
    const thanked = counted('Peru thanked Chile for its support during a visit to Santiago.');
    expect(thanked.map((e) => `${e.source}>${e.target}:${e.category}`).sort()).toEqual(['PER>CHL:CONSULT', 'PER>CHL:SUPPORT']);
  });

  it("reads a state's former office holder, not the state, as the party", () => {
    expect(counted("Peru granted asylum to Chile's former president Jane Odhiambo.").filter((e) => e.target === 'CHL')).toEqual(
      [],
    );
  });

  it('reads a deed named with its doer that the speaker calls a wrong as an accusation of the doer', () => {
    const said = counted('Peru said a proposal by Chile to send troops to Bolivia was a dangerous escalation.');
    expect(said.filter((e) => e.source === 'PER')).toMatchObject([{ source: 'PER', target: 'CHL', category: 'ACCUSE' }]);
  });

  it('reads standing by a state as support to it, not to a party named after', () => {
    expect(one('Peru stood by Chile during the border crisis with Bolivia.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'SUPPORT',
    });
  });

  it('reads firing back and pushing back at a state as words against it, and teaming up as cooperation', () => {
    expect(one('Peru fired back at Chile over the tariffs.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'ACCUSE' });
    expect(one('Peru pushed back against Chilean claims to the islands.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REJECT',
    });
    expect(one('Peru teamed up with Chile to build a railway.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      polarity: 'cooperative',
    });
  });

  it('reads a hostile plan given up as a concession and a helpful one as a rejection', () => {
    expect(one('Peru backed down from plans to annex parts of Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'YIELD',
    });
    expect(one('Peru abandoned its plan to attack Chile.')).toMatchObject({ category: 'YIELD' });
    expect(one('Peru dropped its plan to join the Chilean alliance.')).toMatchObject({ category: 'REJECT' });
  });

  it('reads companions named with "along with" after the verb as no targets', () => {
    expect(counted('Peru pulled out of the regional bloc along with Chile and Bolivia.')).toEqual([]);
  });

  it('reads police sent to another state as help to it', () => {
    expect(one('Peru will send 400 police officers to Bolivia.')).toMatchObject({
      source: 'PER',
      target: 'BOL',
      category: 'AID',
    });
  });

  it("reads a plan blocked or rejected as not done, its parties not the blocker's", () => {
    expect(counted("A Peruvian court blocked the government's plan to send police officers to Bolivia.")).toEqual([]);
    expect(counted('Peru rejected a plan to send troops to Bolivia.')).toEqual([]);
  });

  it('reads a plan a state announces as its own intent', () => {
    expect(one('Peru announced a plan to send troops to Bolivia.')).toMatchObject({
      source: 'PER',
      target: 'BOL',
      category: 'AGREE',
    });
  });

  it("reads harassing a state's ships or aircraft as coercion, not a protest", () => {
    expect(one('Peruvian jets harassed a Chilean patrol plane.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'COERCE',
    });
  });

  it('reads the place a rejected plan is for as its topic and the one who put it forward as the one rejected', () => {
    expect(counted('Peru rejected a peace plan for Bolivia.')).toEqual([]);
    expect(one('Peru rejected a peace plan put forward by Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REJECT',
    });
  });

  it("reads a clause opened after a name with a common-noun subject as that subject's, not the name's", () => {
    expect(counted('Peru cut ties with Chile after protesters stormed its embassy in Santiago.')).toMatchObject([
      { source: 'PER', target: 'CHL', category: 'SANCTION' },
    ]);
    // so is one opened by "and" past the name's own words
    expect(
      counted('Peru seized a Chilean trawler off Bolivia and gunmen attacked a port in Ecuador.').filter(
        (e) => e.category === 'ASSAULT',
      ),
    ).toEqual([]);
    // ("once again" opens no clause)
    expect(one('Peru is once again sending food aid to Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'AID' });
  });

  it("reads a possessive in words closed by their speaker as the subject's own, not the speaker's", () => {
    expect(counted('Peru fired two rockets into the sea off its coast, the Chilean navy said.')).toEqual([]);
    expect(counted('Chile said Peru fired two rockets into its waters.')).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'CHL', category: 'ASSAULT' }),
    );
  });

  it("reads force used off a state's coast as used against it, and a particle as the verb's only next to it", () => {
    expect(one("Peru fired a missile into the sea off Chile's northern coast.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ASSAULT',
    });
  });

  it("reads a participle after a common noun in a deed's object as a passive on that noun", () => {
    expect(pairs(counted('The Peruvian navy rescued the crew of a Chilean ship attacked off Bolivia.'))).toEqual(['PER>CHL']);
  });

  it('reads words blocked before they were issued as not said, and blocking them as a rejection', () => {
    const events = all('Peru blocked a UN statement criticising Chile.');
    expect(events.find((e) => e.source === 'PER')).toMatchObject({ target: 'UN', category: 'REJECT', hypothetical: false });
    expect(events.find((e) => e.source === 'UN')).toMatchObject({ target: 'CHL', hypothetical: true });
    // a bid named before its infinitive is still the blocking verb's object
    expect(one("Peru blocked Chile's bid to join the UN.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REJECT',
    });
  });

  it("reads a gerund after a subordinator as the clause subject's act, not a name in the object before it", () => {
    expect(counted('Peru closed its airspace to Chilean planes after cutting ties with Bolivia.')).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'BOL', category: 'SANCTION' }),
    );
    // (a new clause's own subject keeps its gerund: "and Chile responded by expelling")
    expect(
      counted('Peru expelled a Chilean diplomat, and Santiago responded by expelling a Peruvian diplomat.').map(
        (e) => `${e.source}>${e.target}`,
      ),
    ).toContain('CHL>PER');
  });

  it('reads a phrase slot as a noun phrase of the verb, not one inside a prepositional phrase', () => {
    expect(one('Peru returned from a state visit to Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'CONSULT',
    });
    expect(one('Peru returned the islands to Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'YIELD' });
  });

  it("reads the country a state's speaker reports on as the speaker's state", () => {
    expect(pairs(counted("Peru's finance minister said the country had reached a deal with Chile.")).sort()).toEqual([
      'CHL>PER',
      'PER>CHL',
    ]);
  });

  it("reads regret expressed over another's decision as disapproval", () => {
    expect(one("Peru expressed regret over Chile's decision to close the border.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ACCUSE',
    });
  });

  it('reads forces deployed or approved "in" a state as help to that state, and nothing else done there', () => {
    expect(pairs(counted("Peru's congress approved troop deployments in Bolivia."))).toEqual(['PER>BOL']);
    expect(pairs(counted('Peru pressed Chile to do more to protect civilians in Bolivia.'))).not.toContain('CHL>BOL');
  });

  it('reads the states a list of organs names as the subject', () => {
    expect(pairs(counted('The presidents of Peru, Chile and Bolivia initialled a trade accord in Lima.')).sort()).toEqual([
      'BOL>CHL',
      'BOL>PER',
      'CHL>BOL',
      'CHL>PER',
      'PER>BOL',
      'PER>CHL',
    ]);
  });

  it('reads words about a deed in an earlier clause of the sentence as aimed at its doer', () => {
    const text = 'Peruvian jets bombed a village in Bolivia, and Santiago condemned the attack.';
    expect(counted(text)).toContainEqual(expect.objectContaining({ source: 'CHL', target: 'PER', category: 'ACCUSE' }));
    // (a place in the clause before is no conjunct of the new clause's subject)
    expect(counted(text).filter((e) => e.source === 'BOL')).toEqual([]);
  });

  it('reads a label given to an earlier deed, and a deed done in response, as aimed at its doer', () => {
    const labelled = counted('Peru closed two border crossings with Chile. Santiago called the decision a provocation.');
    expect(labelled).toContainEqual(expect.objectContaining({ source: 'CHL', target: 'PER', category: 'ACCUSE' }));
    const response = counted('Peru shelled a Chilean village. Santiago responded by firing artillery rounds.');
    expect(response).toContainEqual(expect.objectContaining({ source: 'CHL', target: 'PER', category: 'ASSAULT' }));
  });

  it('reads "the two countries" as the parties of the acts before it, not a place named there', () => {
    const text =
      'Peru rejected the presence of Chilean troops along the Ecuador border. Lima said the deployment violated the treaty between the two countries.';
    expect(counted(text).filter((e) => e.source === 'ECU' || e.target === 'ECU')).toEqual([]);
    expect(counted(text)[0]).toMatchObject({ source: 'PER', target: 'CHL', category: 'REJECT' });
  });

  it('reads a past form the tagger takes for an adjective or a noun after a short subject as the verb', () => {
    expect(one('Peruvian warships encircled Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'ASSAULT' });
    // (chasing away, before its particle)
    expect(one("Peru's coast guard chased away Chilean trawlers.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'COERCE',
    });
  });

  it("reads an offer of a joint act as the offerer's alone", () => {
    expect(counted('Peru offered security cooperation to Chile.')).toMatchObject([
      { source: 'PER', target: 'CHL', category: 'AGREE' },
    ]);
  });

  it("ends a verb's object at an infinitive of purpose after it", () => {
    expect(pairs(counted('Peruvian envoys met the Sendero militia in Lima to discuss a truce with Chile.'))).toEqual([
      'PER>SENDERO',
    ]);
    // (not at one that completes a noun of intent)
    expect(
      counted("Sweden's parliament backed a proposal to send rifles to Ukraine.").map((e) => `${e.source}>${e.target}`),
    ).toContain('SWE>UKR');
  });

  it('reads the nearest actors of an act no further than a comma and "and"', () => {
    expect(counted("Peru's president vetoed a bill, and Chile protested over the mine.")).toEqual([]);
  });

  it('reads an issue raised with another as talks with it', () => {
    expect(one('Peru raised the rights of fishermen with Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'CONSULT',
    });
  });

  it('reads relations cut or restored with no partner named as relations with the other party of an earlier act', () => {
    expect(counted('Peru apologised to Chile for the raid, but Santiago broke off relations.')).toContainEqual(
      expect.objectContaining({ source: 'CHL', target: 'PER', category: 'SANCTION' }),
    );
    expect(counted('Peru protested to Chile over the arrests. Lima later cut ties.')).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'CHL', category: 'SANCTION' }),
    );
    // (a third state's act is no relation with the two who acted)
    expect(counted('Peru and Chile signed a trade pact. Bolivia cut ties.').filter((e) => e.source === 'BOL')).toEqual([]);
  });

  it('reads restrictions slapped on goods bound for a state as coercion, and "bound for" as no act', () => {
    expect(one('Peru slapped export curbs on copper shipped to Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'COERCE',
    });
    expect(counted('Peruvian guards turned back migrants bound for Chile.').filter((e) => e.polarity === 'cooperative')).toEqual(
      [],
    );
  });

  it('reads money written with a currency sign as money, and a time after a preposition only as a time', () => {
    expect(one("Peru deposited $2 billion in Chile's central bank.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'AID',
    });
    expect(one('Peru pumped €300 million into Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'AID' });
    // (a deposit of no money is none)
    expect(counted('Peru deposited its instrument of ratification with Chile.').filter((e) => e.category === 'AID')).toEqual([]);
  });

  it('reads an act a verb does for another as one-sided', () => {
    expect(pairs(counted('Peru unveiled a package of rifles for Chile.'))).toEqual(['PER>CHL']);
  });

  const analysed = (text: string) =>
    analyze({ id: 9, text, published: '2021-03-02' }).events.filter((e) => !e.negated && !e.hypothetical);

  it("reads an envoy summoned by initials, title or rank as a disapproval of the envoy's state, with one event", () => {
    for (const text of [
      'Chile summoned the U.S. ambassador.',
      'Chile summoned the Peruvian High Commissioner.',
      "Chile summoned Peru's chargé d'affaires in protest at the arrests.",
    ]) {
      const events = analysed(text);
      expect(events, text).toHaveLength(1);
      expect(events[0], text).toMatchObject({ source: 'CHL', category: 'ACCUSE' });
    }
  });

  it('reads a wire dateline as where the story was filed, not as an actor', () => {
    for (const text of [
      'LIMA - Chile summoned the Bolivian ambassador.',
      'LIMA/LA PAZ (Reuters) -Chile summoned the Bolivian ambassador.',
      'LIMA, March 2 (AFP) -- Chile summoned the Bolivian ambassador.',
    ])
      expect(pairs(analysed(text)), text).toEqual(['CHL>BOL']);
    // (a pair of names joined by a hyphen is no dateline)
    expect(pairs(analysed('US-China talks resumed in Geneva.')).sort()).toEqual(['CHN>USA', 'USA>CHN']);
  });

  it('reads inked as signed and railing against as criticism', () => {
    expect(pairs(counted('Peru and Chile inked a fisheries deal.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    expect(one('Peru railed against Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'ACCUSE' });
  });

  it('reads a day between a verb and its object as a time, not as a clause', () => {
    expect(one("Peru dismissed on Tuesday Chile's charges.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REJECT',
    });
  });

  it('reads what two parties discuss as their topic, not a third party', () => {
    expect(pairs(counted('Peru and Chile discussed the Bolivia crisis.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    expect(pairs(counted('Peru and Chile debated the future of Bolivia.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads an invitation to act, not to come, as a request', () => {
    expect(one('Peru invited Chile to resume negotiations.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'REQUEST',
    });
    expect(one('Peru invited Chile to attend the summit.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'CONSULT' });
  });

  it("reads a state's government named by its ruling group as the state", () => {
    expect(pairs(analysed("Afghanistan's Taliban government accused Pakistan of shelling border villages."))).toContain(
      'AFG>PAK',
    );
  });

  it('reads the one a hostile act answers as the doer of the deed it is answered for', () => {
    expect(counted('Peru vowed to retaliate against Chile for shelling a Peruvian border post.')).toContainEqual(
      expect.objectContaining({ source: 'CHL', target: 'PER', category: 'ASSAULT', reported: true }),
    );
  });

  it('reads what a subject comes under as done to it by the one it comes from', () => {
    expect(one('Peru came under pressure from Chile.')).toMatchObject({ source: 'CHL', target: 'PER' });
    expect(one('Peru came under increasing pressure from Chile.')).toMatchObject({ source: 'CHL', target: 'PER' });
  });

  it('reads names after "with" as the subject of the gerund after them, and never as a target', () => {
    const events = counted('Peru halted its support, with Chile and Bolivia suspending aid to Ecuador.');
    expect(pairs(events)).toContain('CHL>ECU');
    expect(pairs(events)).toContain('BOL>ECU');
    expect(events.filter((e) => e.source === 'PER')).toEqual([]);
  });

  it('reads a participle of saying after a determiner as a modifier, not as words said', () => {
    expect(one('Peru halted the alleged shipments of arms to Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'SANCTION',
    });
    expect(counted('Chile rejected the alleged Peruvian incursion.').filter((e) => e.category === 'ACCUSE')).toEqual([]);
  });

  it('reads the subject of a person no actor stands for from the apposition after the name', () => {
    expect(analysed('Ana Ruiz, an official from the Peruvian Foreign Ministry, thanked Chile.')).toContainEqual(
      expect.objectContaining({
        source: 'PER',
        target: 'CHL',
        category: 'SUPPORT',
      }),
    );
  });

  it('reads two heads a state owns in the object as that state', () => {
    expect(one('Peru thanked the government and the people of Chile.')).toMatchObject({ source: 'PER', target: 'CHL' });
  });

  it('reads a quote opened after its subject, and closed before the phrase ends, as part of the clause', () => {
    expect(pairs(counted('Peru "stands with Chile and condemns the actions" of Bolivia, a spokesman said.'))).toEqual([
      'PER>CHL',
      'PER>BOL',
    ]);
  });

  it('reads demands, controls and atrocities as acts', () => {
    expect(one('Peru rejected the demands of Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'REJECT' });
    expect(one('Peru tightened controls on exports to Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'COERCE',
    });
    expect(one("Peru argues that Chile's forces committed atrocities.")).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'ACCUSE',
    });
  });

  it('reads drills around a state as aimed at it', () => {
    expect(counted("Ecuador criticised Peru's drills around Chile.")).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'CHL', category: 'MOBILIZE' }),
    );
  });

  it('reads help named in the object of a verb that codes nothing as given by its subject', () => {
    expect(
      analysed(
        'Peru has committed $40 million of new assistance to Chile since 2014, when Bolivia annexed Ecuador’s border towns.',
      ),
    ).toContainEqual(expect.objectContaining({ source: 'PER', target: 'CHL', category: 'AID' }));
  });

  it('reads an intent to go on doing an act as an intent, and the act nouns it names as not done', () => {
    expect(one('Peru expressed its readiness to continue supplying gas to Chile.')).toMatchObject({
      source: 'PER',
      target: 'CHL',
      category: 'AGREE',
    });
    const talks = analyze({
      id: 9,
      text: 'Peru praised Chile for its willingness to keep hosting direct Bolivian-Ecuadorian talks.',
      published: '2021-03-02',
    }).events.filter((e) => e.category === 'CONSULT');
    expect(talks.length).toBeGreaterThan(0);
    expect(talks.every((e) => e.hypothetical)).toBe(true);
  });

  it('reads a measure a state denounces, with no target of its own, as aimed at that state', () => {
    expect(counted("Chile condemned Peru's trade embargo.")).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'CHL', category: 'COERCE' }),
    );
    // (not a deed done to others: "condemned the annexation of ...")
    expect(counted("Chile condemned Peru's annexation of the border towns.").filter((e) => e.target === 'CHL')).toEqual([]);
  });

  it('reads the end of a hostile measure a speaker announces as the speaker ending it', () => {
    expect(analysed("Peru's president late on Monday announced the formal lifting of the embargo on Chile.")).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'CHL', category: 'YIELD' }),
    );
  });

  it('reads "the former Soviet republic of X" as X', () => {
    expect(pairs(analysed('Russia promised to withdraw its troops from the former Soviet republic of Georgia.'))).toEqual([
      'RUS>GEO',
    ]);
  });

  it('reads pulling forces out as a withdrawal and chasing off as coercion', () => {
    expect(one('Peru pulled its troops out of Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'YIELD' });
    expect(analysed('Peruvian warships chased off a Chilean patrol boat.')).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'CHL', category: 'COERCE' }),
    );
  });

  it('reads a participle joined by a hyphen to the word before it as an adjective', () => {
    const events = counted('Bolivia criticised the newly-signed defence pact between Peru and Chile.');
    expect(pairs(events.filter((e) => e.polarity === 'cooperative')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
    // (a prefix of the verb's own keeps it a verb)
    expect(one('Peru test-fired missiles at Chile.')).toMatchObject({ source: 'PER', target: 'CHL' });
  });

  it("reads a speaker's possessive after the verb's own preposition as the speaker's", () => {
    expect(analysed('Chile said Peru fired on three of its ships.')).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'CHL', category: 'ASSAULT' }),
    );
  });

  it('reads a demonym and a title before a person as that person, in a coordinated subject', () => {
    expect(pairs(analysed('Peru’s president and his Chilean counterpart Gabriel Boric met in Lima.')).sort()).toEqual([
      'CHL>PER',
      'PER>CHL',
    ]);
  });

  it("reads a person after a state's own office title as that state's official", () => {
    expect(analysed("Chile's Foreign Minister Heraldo Munoz criticised Peru.")).toContainEqual(
      expect.objectContaining({ source: 'CHL', target: 'PER', category: 'ACCUSE' }),
    );
  });

  it("reads a state's protest handed over in words as a disapproval, and contacts as talks", () => {
    expect(one('Peru handed a formal protest to Chile.')).toMatchObject({ source: 'PER', target: 'CHL', category: 'ACCUSE' });
    expect(pairs(counted('Peru has had contacts with Chile.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads the speaker of closing words from the apposition after a name no actor stands for', () => {
    expect(
      analysed('Chile must withdraw its troops, Ana Ruiz, a spokeswoman for the Peruvian Foreign Ministry, said.'),
    ).toContainEqual(expect.objectContaining({ source: 'PER', target: 'CHL', category: 'REQUEST' }));
  });

  it('reads being in touch as talks', () => {
    expect(pairs(counted('Peru has been in touch with Chile.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads the addressee of a warning as no start of reported words, and a time opening a relative clause', () => {
    expect(pairs(counted('Peru, who on Friday warned Chile, has pledged to help Bolivia.'))).toEqual(['PER>CHL', 'PER>BOL']);
  });

  it("reads words said in an adjunct as the clause subject's, ending with the adjunct", () => {
    const events = counted('Peru, which warned Chile after saying an attack was imminent, has pledged to help Bolivia.');
    expect(pairs(events)).toContain('PER>BOL');
    expect(pairs(events)).not.toContain('CHL>BOL');
  });

  it('reads help for relief efforts or victims in a state as help to that state', () => {
    expect(
      counted(
        'Peru has delivered 40 tons of food aid for flood victims in Chile, days after Bolivia closed its border with Chile.',
      ),
    ).toContainEqual(expect.objectContaining({ source: 'PER', target: 'CHL', category: 'AID' }));
    // (not a state's armed groups, nor people a state is asked to protect)
    expect(counted('Bolivia pressed Peru to protect civilians in Chile.').filter((e) => e.category === 'AID')).toEqual([]);
  });

  it('reads a qualified descriptor as a state the sentence named after its subject', () => {
    expect(analysed('Peru broke off relations with Bahrain, after accusing the Gulf state of funding rebels.')).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'BHR', category: 'ACCUSE' }),
    );
  });

  it('reads quotation marks around a modifier as part of the object', () => {
    expect(counted('Peru rejected "absurd" accusations from Chile.').map((e) => `${e.source}>${e.target} ${e.category}`)).toEqual(
      ['PER>CHL REJECT', 'CHL>PER ACCUSE'],
    );
  });
});

describe('event constructions: naming, rebuttals, support held and sides of a fight', () => {
  it('reads a naming participle after an indefinite noun as a name, not a call', () => {
    expect(read('Chile and Peru belong to a body called the Pacific Forum.')).toEqual([]);
    expect(read('Chile, Peru and Bolivia are members of a regional trade group called the Andean Council.')).toEqual([]);
    // a subject that calls something a wrong still criticises
    expect(coded('The Chilean ministry called the Peruvian move a provocation.')).toEqual(['CHL>PER ACCUSE']);
  });

  it('reads hostile words or pressure "from" a state as that state aimed at the one they reach', () => {
    expect(coded('The Chilean decision followed pressure from Peru.')).toEqual(['PER>CHL COERCE']);
    expect(coded('Bolivia rejected Chile’s accusations.')).toEqual(['BOL>CHL REJECT', 'CHL>BOL ACCUSE']);
    // the words denied were said; what they claim is reported
    const denied = analyze({
      id: 7,
      text: 'Peru denied allegations from Ecuador that it had armed the rebels.',
      published: null,
    });
    expect(denied.events).toContainEqual(
      expect.objectContaining({ source: 'ECU', target: 'PER', category: 'ACCUSE', negated: false, reported: true }),
    );
    expect(coded('Quito brushed aside the Peruvian charges.')).toEqual(['ECU>PER REJECT']);
  });

  it('reads support a state has or secures "of" or "from" another as the other’s', () => {
    expect(coded('Ghana secured a $2.3 billion loan from Japan.')).toEqual(['JPN>GHA AID']);
    expect(coded('Lima has the full backing of Brasilia.')).toEqual(['BRA>PER SUPPORT']);
    // a deal one has is still its own
    expect(coded('Chile has a deal with Peru.')).toContain('CHL>PER SUPPORT');
  });

  it('reads states named after a plural of states with "such as" as more of the subject', () => {
    expect(coded('Brazil and partners such as Chile condemned Venezuela.').sort()).toEqual(['BRA>VEN ACCUSE', 'CHL>VEN ACCUSE']);
  });

  it('reads acts pressed for, prepared, owed or asked about as not yet done', () => {
    expect(read('Chile pushed for talks between Peru and Bolivia.').filter((e) => e.source === 'PER')).toEqual([]);
    expect(read('Estonia and Latvia were gearing up to recognise the government of Chad.')).toEqual([]);
    expect(read('Chile is obligated to defend Peru.')).toEqual([]);
    expect(read('The minister dodged a question about whether Chile was ready to strike Peru.')).toEqual([]);
    // a refusal to speak rejects no one
    expect(read('The Chilean envoy refused to say whether Peru was a partner.')).toEqual([]);
    expect(read('Chile declined to comment on the Peruvian claims.')).toEqual([]);
  });

  it('reads the other side of a fight as the agent of deaths in it, and a later denial as a clause of its own', () => {
    expect(coded('Three Thai soldiers were wounded in a skirmish with Cambodian troops.')).toEqual(['KHM>THA ASSAULT']);
    expect(coded('Chile accused Peru of arming the rebels, though Lima denies it.')).toContain('CHL>PER ACCUSE');
  });

  it('reads drones launched at a state and its sovereignty violated as hostile deeds', () => {
    expect(coded('Chile launched drones toward Peru.')).toEqual(['CHL>PER ASSAULT']);
    expect(coded('Peruvian boats violated Chilean sovereignty.')).toEqual(['PER>CHL MOBILIZE']);
  });
});

describe('event constructions: modifiers, places, ended acts and the two parties of "their"', () => {
  it('reads an organ joined by a hyphen to a participle as a modifier of the subject', () => {
    expect(coded('Peru’s army-backed government accused Chile of smuggling arms.')).toEqual(['PER>CHL ACCUSE']);
  });

  it('reads a border "with" another state as a place of the first', () => {
    expect(coded('The Chilean foreign minister visited Peru’s border with Bolivia.')).toEqual(['CHL>PER CONSULT']);
  });

  it('reads a cooperative act a verb ends or refuses as no cooperation now', () => {
    const ended = coded('Chile said on Monday it was breaking off its defence cooperation pact with Peru.');
    expect(ended).toContain('CHL>PER SANCTION');
    expect(ended.filter((e) => /SUPPORT|AGREE/.test(e))).toEqual([]);
  });

  it('reads a call for the withdrawal of a state’s forces as a demand on that state', () => {
    expect(coded('Chile and Brazil called for a swift withdrawal of the Peruvian soldiers.').sort()).toEqual([
      'BRA>PER REQUEST',
      'CHL>PER REQUEST',
    ]);
  });

  it('reads "U.S" without its last point as the United States', () => {
    expect(coded('The U.S urged Chile to end its support for the rebels.')).toEqual(['USA>CHL REQUEST']);
  });

  it('reads a joint act in a participle after the opening thing as the act of its agents', () => {
    expect(coded('The treaty, signed by Chile and Bolivia, ends the dispute.').sort()).toEqual([
      'BOL>CHL SUPPORT',
      'CHL>BOL SUPPORT',
    ]);
    // a one-sided act there reaches no one named after it
    expect(read('The plan, backed by Peru, angered Chile.')).toEqual([]);
  });

  it('reads joining a body and a state left in as no act between states', () => {
    expect(read('Chile and Peru applied to join the trade bloc.', null)).toEqual([]);
    expect(read('Copper is Chile’s main export to Peru, leaving it exposed to Peruvian pressure.')).toEqual([]);
  });

  it('reads the owner of an object past a second infinitive as that verb’s party', () => {
    const events = read('Chile and Peru pledged to deepen their ties to deal with Bolivia’s threats.');
    expect(events.filter((e) => e.target === 'BOL')).toEqual([]);
    expect(events.map((e) => `${e.source}>${e.target}`)).toContain('CHL>PER');
  });

  it('reads scaled-back ties as a sanction', () => {
    expect(coded('Chile has scaled back its diplomatic ties with Peru.')).toEqual(['CHL>PER SANCTION']);
  });

  it('reads "their" before a joint noun as the two states just named', () => {
    expect(coded('The Chilean president told his Peruvian counterpart as their talks began that all was calm.').sort()).toEqual([
      'CHL>PER CONSULT',
      'PER>CHL CONSULT',
    ]);
    expect(coded('Lima praised Santiago during their meeting.')).toContain('PER>CHL SUPPORT');
    expect(coded('Lima praised Santiago during their meeting.')).toContain('CHL>PER CONSULT');
  });
});

describe('event constructions: answers to deeds and labels', () => {
  it('reads a proposal rejected by a state in a later clause as a rejection of its proposers', () => {
    expect(sortedCodes('Chile and Bolivia proposed a joint commission, but the proposal was rejected by Peru.')).toEqual([
      'PER>BOL REJECT',
      'PER>CHL REJECT',
    ]);
  });

  it('reads "and other" members of a body after a list of states as more of the subject', () => {
    expect(sortedCodes('Brazil, Chile and other G7 members on Monday urged Peru to release the prisoners.')).toEqual([
      'BRA>PER REQUEST',
      'CHL>PER REQUEST',
      'G7>PER REQUEST',
    ]);
  });

  it('reads a hostile deed the subject retaliates for or answers as aimed at that subject', () => {
    expect(sortedCodes('Chile expelled two diplomats in retaliation for Peruvian sanctions.')).toContain('PER>CHL COERCE');
    expect(sortedCodes('Bolivia closed its ports, hitting back at Chilean sanctions.')).toContain('CHL>BOL COERCE');
  });

  it('reads an obligation laid on a state in a clause joined to the reported words as a demand', () => {
    expect(sortedCodes('The Chilean spokesman said that the islands are Chile’s and Peru must stop fishing there.')).toEqual([
      'CHL>PER REQUEST',
    ]);
  });

  it('reads a dateline of a city and its country as no actor', () => {
    expect(sortedCodes('LIMA, Peru – Chile warned on Sunday that Bolivia would face a serious situation.')).toEqual([
      'CHL>BOL THREATEN',
    ]);
  });

  it('reads some of the accuser’s own people as the target of the deed it charges', () => {
    const events = analyze({ id: 9, text: 'Peru accused Chile of killing two of its soldiers.', published: null }).events;
    expect(events).toContainEqual(expect.objectContaining({ source: 'CHL', target: 'PER', category: 'ASSAULT', reported: true }));
  });

  it('reads help a state received, named by the giver’s adjective, as the giver’s', () => {
    expect(sortedCodes('Namibia receives German development aid.')).toEqual(['DEU>NAM AID']);
    expect(sortedCodes('Kenya secured Chinese loans for the railway.')).toEqual(['CHN>KEN AID']);
  });

  it('reads a thing left in a state as no departure', () => {
    expect(sortedCodes('Peru’s retreat has left its troops around the border town vulnerable to Chilean fire.')).toEqual([]);
  });

  it('reads a wrong as a label given right after the object', () => {
    expect(sortedCodes('Earlier, Brazil called the Peruvian move regrettable.')).toEqual(['BRA>PER ACCUSE']);
    expect(sortedCodes('Chile called the Peruvian decision a mistake.')).toEqual(['CHL>PER ACCUSE']);
  });
});

describe('event constructions: each on its own, urgency, and what stands before reported words', () => {
  it('reads acts a group does each on its own as none between them', () => {
    expect(sortedCodes('Chile and Peru conducted their respective missile tests in May.')).toEqual([]);
    expect(sortedCodes('Chile and Peru held joint exercises.')).toEqual(['CHL>PER COOPERATE', 'PER>CHL COOPERATE']);
  });

  it('reads what is called urgent or necessary as not yet done', () => {
    expect(sortedCodes('"It is more urgent than ever that Chile and Peru reduce tensions," Brazil said.')).toEqual([]);
  });

  it('reads a demand rejected in an apposition as a rejection of the one who made it', () => {
    expect(
      sortedCodes('Chile asked Peru to quit Bolivia or face sanctions -- a demand rejected by the Peruvian foreign minister.'),
    ).toEqual(['CHL>PER REQUEST', 'PER>CHL REJECT']);
  });

  it('reads an addressee by name and a time before the reported words', () => {
    expect(sortedCodes('The Chilean minister told Radio Uno this week that Peru must withdraw its troops.')).toContain(
      'CHL>PER REQUEST',
    );
  });

  it('reads "allies" before the names of states as a noun', () => {
    expect(sortedCodes('The region that Chilean allies Peru and Bolivia have long seen as their own is changing.')).toEqual([]);
  });
});

describe('event constructions: initials, refraining, compounds and the antecedent of "which"', () => {
  it('reads a listed office holder named with a middle initial', () => {
    expect(sortedCodes('Colin L. Powell accused Iraq of hiding weapons.', '2003-02-05')).toContain('USA>IRQ ACCUSE');
  });

  it('reads an act refrained or abstained from as not done', () => {
    const events = analyze({ id: 11, text: 'Peru refrained from retaliating against Chile.', published: null }).events;
    expect(events).toEqual([expect.objectContaining({ source: 'PER', target: 'CHL', negated: true })]);
  });

  it('reads a gerund joined by a hyphen to a noun as a compound, not a verb', () => {
    expect(sortedCodes('Chile held back despite complaints that allied tank-killing in Peru was too slow.')).toEqual([]);
  });

  it('reads the name right before "which" as the object of the relative clause', () => {
    expect(sortedCodes('The anger is directed at Chile, which Peru has accused of scheming.')).toEqual(['PER>CHL ACCUSE']);
  });
});

describe('event constructions: joint shows of force and charges of an attempt', () => {
  it('reads joint manoeuvres a phrase names as military cooperation', () => {
    expect(sortedCodes('Chile and Peru kicked off joint air maneuvers, the Chilean navy said.')).toEqual([
      'CHL>PER COOPERATE',
      'PER>CHL COOPERATE',
    ]);
  });

  it('reads a participle after a common noun, before its agent, as a passive that reaches what follows', () => {
    expect(sortedCodes('It was the third relief package provided by Chile to Peru.')).toEqual(['CHL>PER COOPERATE']);
    expect(sortedCodes('Chile sent weapons supplied by Peru to Bolivia.')).toEqual(['CHL>BOL AID', 'PER>BOL COOPERATE']);
  });

  it('reads hostile words a state rejects as the speaker’s act on that state', () => {
    expect(sortedCodes('Quito brushed aside Peru’s accusations.')).toEqual(['ECU>PER REJECT', 'PER>ECU ACCUSE']);
    expect(sortedCodes('Bolivia has rejected Chilean demands for its troops to withdraw.')).toEqual([
      'BOL>CHL REJECT',
      'CHL>BOL REQUEST',
    ]);
  });

  it('reads a second "it" as the first when the nearest name is the object of its own verb', () => {
    expect(
      sortedCodes('Chile said it had sent migrants back to Peru, after it accused Lima and La Paz of trying to stir a crisis.'),
    ).toEqual(expect.arrayContaining(['CHL>BOL ACCUSE', 'CHL>PER ACCUSE']));
  });

  it('reads objections to a joint act between two states as aimed at both, the act itself as done', () => {
    expect(sortedCodes('Ecuador objected to a pact between Chile and Peru.')).toEqual([
      'CHL>PER SUPPORT',
      'ECU>CHL REJECT',
      'ECU>PER REJECT',
      'PER>CHL SUPPORT',
    ]);
  });

  it('reads an adjunct act whose doer is named right before its noun as aimed at the clause subject', () => {
    expect(sortedCodes('Chile closed the border despite Peruvian objections.')).toEqual(['PER>CHL REJECT']);
    expect(sortedCodes('Chile cleared a jet sale to Bolivia despite Peruvian criticism of the plan.')).toContain(
      'PER>CHL ACCUSE',
    );
  });

  it('reads words against a deed as aimed at the one it was done by', () => {
    expect(sortedCodes('Chile protested the incursions by Peruvian vessels.')).toEqual(['CHL>PER PROTEST']);
    expect(sortedCodes('Bolivia has complained of repeated flights by Chile’s air force along the border.')).toEqual([
      'BOL>CHL ACCUSE',
    ]);
  });

  it('reads commandos sent into a state as forces sent there', () => {
    expect(sortedCodes('Chile sent 300 commandos into northern Peru.')).toEqual(['CHL>PER MOBILIZE']);
  });

  it('reads states charged together with an attempt as doing nothing to each other', () => {
    expect(sortedCodes('Chile accused Lima and La Paz of trying to sponsor a coup.')).toEqual([
      'CHL>BOL ACCUSE',
      'CHL>PER ACCUSE',
    ]);
  });
});

describe('event constructions: denied phrases, participle clauses, foes, members listed and messages', () => {
  it('ends a denied phrase at the denier’s next finite verb', () => {
    expect(sortedCodes('Peru denied arming the rebels and accused Chile of stirring unrest.')).toEqual(['PER>CHL ACCUSE']);
    expect(sortedCodes('Peru denied arming Bolivian rebels but blamed Chile for the unrest.')).toEqual(['PER>CHL ACCUSE']);
    expect(sortedCodes('Peru denied arming Bolivia and Ecuador.')).toEqual([]);
  });

  it('does not take the object of a participle clause after a comma as the target of the act before it', () => {
    expect(sortedCodes('Chile signed a memorandum with the rebels, angering Peru.')).toEqual([]);
  });

  it('reads the state help is given against as a foe, not a party', () => {
    expect(sortedCodes('Chile and Bolivia joined forces against Peru.')).toEqual(['BOL>CHL COOPERATE', 'CHL>BOL COOPERATE']);
    expect(sortedCodes('Bolivia teamed up with Chile against Peru.').some((c) => c.startsWith('BOL>PER'))).toBe(false);
  });

  it('aims a deed or a threat against a measure at the one who imposed it', () => {
    // (and the tariffs, imposed by Peru past their participle, are Peru's measure against the one retaliating)
    expect(sortedCodes('Chile retaliated against the tariffs imposed by Peru.').map((c) => c.split(' ')[0])).toEqual([
      'CHL>PER',
      'PER>CHL',
    ]);
    expect(sortedCodes('Chile retaliated against the tariffs imposed by Peru.')).toContain('PER>CHL COERCE');
    expect(sortedCodes('Chile threatened to retaliate against any tariffs imposed by Peru.')).toEqual(['CHL>PER THREATEN']);
  });

  it('reads diplomats withdrawn from a state as reduced relations, not a retreat', () => {
    expect(sortedCodes('Bolivia withdrew its diplomats from Chile.')).toEqual(['BOL>CHL SANCTION']);
  });

  it('reaches the states listed as members of a group noun', () => {
    expect(sortedCodes('Bolivia recalled its envoys from four neighbours, including Chile and Peru.')).toEqual([
      'BOL>CHL SANCTION',
      'BOL>PER SANCTION',
    ]);
    expect(sortedCodes('Peru threatened several states, including Chile.')).toEqual(['PER>CHL THREATEN']);
  });

  it('reads a person called by an insulting name as accused', () => {
    expect(sortedCodes('The Peruvian president called his Chilean counterpart a murderer.')).toEqual(['PER>CHL ACCUSE']);
    expect(sortedCodes('Peru’s president called Chile a menace to the region.')).toEqual(['PER>CHL ACCUSE']);
  });

  it('finds the doer of an adjunct act named before the noun’s modifiers', () => {
    expect(sortedCodes('Chile closed the border despite Lima’s strong objections.')).toEqual(['PER>CHL REJECT']);
  });

  it('reads a bloc or relation named before a state as describing it', () => {
    expect(sortedCodes('Peru criticised NATO member Turkey.')).toEqual(['PER>TUR ACCUSE']);
  });

  it('addresses what a message says to whom it was sent, past the addressee’s title', () => {
    expect(sortedCodes('Chile sent a note to Lima threatening sanctions.')).toEqual(['CHL>PER THREATEN']);
    expect(
      sortedCodes('Washington sent a message to Iranian President Masoud Pezeshkian threatening new strikes.', '2025-03-01'),
    ).toContain('USA>IRN THREATEN');
    expect(
      sortedCodes('Washington sent a message to Iranian President Masoud Pezeshkian threatening new strikes.', '2025-03-01'),
    ).not.toContain('IRN>USA THREATEN');
  });
});

describe('event constructions: charges, armed groups, mediators, vowed answers and measures rejected', () => {
  it('reads the subject of the clause after a charge noun as the one charged', () => {
    expect(sortedCodes('Lima renewed accusations that La Paz is arming smugglers.')).toEqual(['PER>BOL ACCUSE']);
  });

  it('gives help for armed groups to no state named after them', () => {
    expect(sortedCodes('Chile accused Peru of backing rebels threatening Bolivia.')).toEqual(['CHL>PER ACCUSE']);
  });

  it('reads "led to" as a cause, and the name before a gerund after a preposition as its subject', () => {
    expect(sortedCodes('The charges that Lima was funding the militias led to Bolivia recalling its envoy.')).toEqual([]);
  });

  it('reads an envoy sent home as expelled', () => {
    expect(sortedCodes('Bolivia sent the Chilean ambassador home.')).toEqual(['BOL>CHL SANCTION']);
  });

  it('aims a threat to withdraw at the state the withdrawal would leave', () => {
    expect(sortedCodes('Chile threatened to pull all its soldiers out of Bolivia.')).toEqual(['CHL>BOL THREATEN']);
  });

  it('reads a mediator as consulting both sides, and co-mediators as doing nothing to each other', () => {
    expect(sortedCodes('Qatar mediated indirect talks between Chile and Peru.')).toEqual(['QAT>CHL CONSULT', 'QAT>PER CONSULT']);
    expect(sortedCodes('The truce was brokered by Qatar and Egypt.')).toEqual([]);
  });

  it('reads an answer vowed to a hostile deed as a threat to its doer', () => {
    expect(sortedCodes('Chile vowed to respond to Peruvian border raids.')).toContain('CHL>PER THREATEN');
    expect(sortedCodes('Peru vowed to respond to the offer from Chile.')).toEqual([]);
  });

  it('reads a hostile measure paused or delayed as given up, and help delayed as withheld', () => {
    expect(sortedCodes('Chile agreed to pause a 20% tariff on Peru.')).toContain('CHL>PER YIELD');
    expect(sortedCodes('Britain delayed a payment of aid to Bolivia.')).toEqual(['GBR>BOL SANCTION']);
  });

  it('keeps the author of a rejected measure acting on the rejecter, and stands by the state a measure targets', () => {
    expect(sortedCodes('Bolivia rejected sanctions by Chile.')).toEqual(['BOL>CHL REJECT', 'CHL>BOL COERCE']);
    expect(sortedCodes('Bolivia rejected sanctions against Peru.')).toEqual(['BOL>PER SUPPORT']);
  });

  it('reads "Dominican" as the Dominican Republic and knows the presidents of the region by their dated terms', () => {
    expect(sortedCodes('The Dominican president met Noboa in Quito.', '2024-05-01')).toEqual(['DOM>ECU CONSULT']);
    expect(sortedCodes('Kagame met Sassou Nguesso in Brazzaville.', '2024-05-01')).toEqual(['RWA>COG CONSULT']);
  });
});

describe('event constructions: members included, owned persons, companions, channels and territory recognised', () => {
  it('reads states "including" after a group of the subject as more subjects', () => {
    expect(sortedCodes('Chile and its allies including Peru condemned Uganda.')).toEqual(['CHL>UGA ACCUSE', 'PER>UGA ACCUSE']);
    expect(sortedCodes('Several countries, including Chile, condemned Peru.')).toEqual(['CHL>PER ACCUSE']);
  });

  it('joins persons each owned by their state as conjuncts', () => {
    expect(sortedCodes('Bolivia’s Arce and Peru’s Boluarte met on Thursday.', '2023-05-01')).toEqual([
      'BOL>PER CONSULT',
      'PER>BOL CONSULT',
    ]);
  });

  it('adds a companion named by its relation to the subject', () => {
    expect(sortedCodes('Peru, along with its ally, Chile, condemned Uganda.')).toEqual(['CHL>UGA ACCUSE', 'PER>UGA ACCUSE']);
    expect(sortedCodes('The Peruvian government, along with its close ally, Chile, condemned Uganda.')).toEqual([
      'CHL>UGA ACCUSE',
      'PER>UGA ACCUSE',
    ]);
  });

  it('reads the place of a channel an act goes through as no party', () => {
    expect(sortedCodes('Chile complained through its mission in Lima.')).toEqual([]);
  });

  it('reads a place recognised as part of a state as no party, and that state as the one supported', () => {
    expect(sortedCodes('Peru recognises Bolivia as part of Chile.')).toEqual(['PER>CHL SUPPORT']);
  });

  it('reads "it" opening a main clause as the subject of the clause before, not a name inside a phrase', () => {
    expect(sortedCodes('Although Peru depends on trade with Bolivia, it condemned La Paz.')).toEqual(['PER>BOL ACCUSE']);
  });
});

describe('event constructions: relative clauses before an infinitive, speaking to, trips "of" a traveller and time adjuncts', () => {
  it('reads the subject before a relative clause for a verb after "continues to"', () => {
    expect(sortedCodes('Peru, which was a close partner, continues to support Bolivia.')).toEqual(['PER>BOL SUPPORT']);
  });

  it('reads speaking to a state’s leader as consulting it', () => {
    expect(sortedCodes('Boric had spoken to Bolivia’s president about the border.', '2023-05-01')).toEqual(['CHL>BOL CONSULT']);
  });

  it('reads a trip "of" a titled traveller as that traveller’s visit', () => {
    expect(sortedCodes('The visit of Bolivian President Luis Arce to Lima was postponed.', '2023-05-01')).toEqual([
      'BOL>PER CONSULT',
    ]);
  });

  it('ends a hostile act’s phrase at a time adjunct, whose own act noun stands alone', () => {
    expect(sortedCodes('Bolivia’s president rejected the plan during his visit to Peru.', '2023-05-01')).toEqual([
      'BOL>PER CONSULT',
    ]);
  });
});

describe('event constructions: mediators named by a noun, refusals, topics, means of travel, breakaway regions and orders', () => {
  it('reads a state serving as a mediator between two others as consulting both', () => {
    expect(sortedCodes('Peru has served as a mediator between Chile and Bolivia.')).toEqual([
      'PER>BOL CONSULT',
      'PER>CHL CONSULT',
    ]);
  });

  it('ends an act noun’s reach at words said after a comma', () => {
    expect(sortedCodes('Bolivian officials faulted Boric’s trip, stating the plans had not been agreed with La Paz.')).toEqual([
      'BOL>CHL ACCUSE',
    ]);
  });

  it('reads refusing what is no cooperative act as rejecting no one', () => {
    expect(sortedCodes('Chile declined to take a hostile stance towards Peru.')).toEqual([]);
    expect(sortedCodes('Peru refused to cooperate with Chile.')).toEqual(['PER>CHL REJECT']);
  });

  it('reads a place "in" what is discussed as a topic, not a party', () => {
    expect(sortedCodes('Orban met Putin in Moscow on Tuesday to discuss peace in Syria.', '2024-07-06')).toEqual([
      'HUN>RUS CONSULT',
    ]);
  });

  it('reads a means of travel after "by" as no agent', () => {
    expect(sortedCodes('Macron, Scholz and Sunak travelled by rail from Warsaw.', '2023-02-01')).toEqual([]);
  });

  it('reads a breakaway region as no part of the state it left', () => {
    expect(sortedCodes('Peru recognised the independence of Abkhazia.')).toEqual([]);
  });

  it('reads an order to one’s own forces as the act ordered, and an order to another state as a demand', () => {
    expect(sortedCodes('Putin ordered his army to attack Georgia.', '2022-03-01')).toEqual(['RUS>GEO ASSAULT']);
    expect(sortedCodes('Peru ordered Chile to withdraw its troops.')).toEqual(['PER>CHL REQUEST']);
  });

  it('reads "him" as no subject of its own clause, and a name before an opening clause’s comma as that clause’s', () => {
    expect(sortedCodes('After Putin launched the war, Johnson called him a tyrant.', '2022-03-01')).toEqual(['GBR>RUS ACCUSE']);
    expect(sortedCodes('After Peru shelled Chile, Bolivia condemned Lima.')).toEqual(['BOL>PER ACCUSE', 'PER>CHL ASSAULT']);
  });
});

describe('event constructions: accords ended and a second infinitive clause', () => {
  it('reads an accord abrogated or renounced as rejected, with no reading of the verb against the other side', () => {
    expect(sortedCodes('Bolivia abrogated its treaty with Chile.')).toEqual(['BOL>CHL REJECT']);
    expect(sortedCodes('Peru renounced its border accord with Ecuador.')).toEqual(['PER>ECU REJECT']);
  });

  it('reads a name after ", and" that opens an infinitive clause as its subject, not a conjunct of the object', () => {
    expect(sortedCodes('The raids caused Chile to send two frigates to Peru, and Bolivia to send one.')).toEqual(['CHL>PER AID']);
  });

  it('reads "said so" as no reported words, leaving a participle after the comma to the subject', () => {
    expect(sortedCodes('Bolivia said so in a statement, accusing Chile of hoarding water.')).toEqual(['BOL>CHL ACCUSE']);
  });

  it('reads taking aim at a state as criticising it', () => {
    expect(sortedCodes('Chile took aim at Peru over the fishing dispute.')).toEqual(['CHL>PER ACCUSE']);
  });
});

describe('event constructions: subjects of compound nouns, trips made and adjuncts of a joint subject', () => {
  it('reads a past form after a compound subject noun as its verb', () => {
    expect(sortedCodes("Chile's border patrol shot a Peruvian fisherman on Tuesday.")).toEqual(['CHL>PER ASSAULT']);
    expect(sortedCodes('The Chilean navy patrol boat shot a Peruvian trawler.')).toEqual(['CHL>PER ASSAULT']);
  });

  it('reads a visit or trip made as a visit, and one still to be made as an intent', () => {
    expect(sortedCodes('Chile and Bolivia made a joint visit to Peru.')).toEqual(['BOL>PER CONSULT', 'CHL>PER CONSULT']);
    expect(sortedCodes('The Chilean president made a surprise trip to Lima.')).toEqual(['CHL>PER CONSULT']);
    expect(sortedCodes('Chile will make a visit to Peru next month.')).toEqual(['CHL>PER AGREE']);
  });

  it('keeps a joint subject’s accord between its parties past a time adjunct naming a third', () => {
    expect(sortedCodes('Chile and Peru agreed on the plan during talks with Bolivia.')).toEqual([
      'BOL>CHL CONSULT',
      'BOL>PER CONSULT',
      'CHL>BOL CONSULT',
      'CHL>PER AGREE',
      'PER>BOL CONSULT',
      'PER>CHL AGREE',
    ]);
  });
});

describe('event constructions: reprisals', () => {
  it('reads reprisals traded or vowed as hostile acts', () => {
    expect(sortedCodes('Chile and Peru began exchanging trade reprisals last week.')).toEqual([
      'CHL>PER COERCE',
      'PER>CHL COERCE',
    ]);
    expect(sortedCodes('Bolivia vowed retaliation against Chile.')).toEqual(['BOL>CHL THREATEN']);
  });

  it('reads "in retaliation for" as the reason for the clause’s act, not an act of those named around it', () => {
    expect(
      sortedCodes(
        'The EU accuses the Peruvian leader of pushing migrants toward the frontiers of EU members Chile and Bolivia in retaliation for the penalties Brussels set.',
      ),
    ).toEqual(['EU>PER ACCUSE']);
    expect(sortedCodes('Peru shelled Chilean posts in retaliation for the raids.')).toEqual(['PER>CHL ASSAULT']);
  });
});

describe('event constructions: what a denial leaves out, and decisions signed', () => {
  it('reads a clause of time after a denied phrase as asserted', () => {
    expect(sortedCodes('Chile denied any plan to blockade Peru after Peru accused Santiago of massing ships.')).toEqual([
      'PER>CHL ACCUSE',
    ]);
  });

  it('reads an order to one’s own forces with a day between as the act ordered', () => {
    expect(sortedCodes('Peru ordered its navy on Monday to blockade Chile.')).toEqual(['PER>CHL COERCE']);
  });

  it('reads an act decided by a signed order or decree as done', () => {
    expect(sortedCodes('The Chilean president signed a decree to expel Peruvian diplomats.')).toEqual(['CHL>PER SANCTION']);
    expect(sortedCodes('Chile issued an executive order to suspend aid to Peru.')).toEqual(['CHL>PER SANCTION']);
  });
});

describe('event constructions: a deed blamed on a party', () => {
  it('reads the party a deed is blamed "on" as the one accused, and a condemned deed’s victim as no target', () => {
    expect(sortedCodes('Bolivia blamed the raid on Chile.')).toEqual(['BOL>CHL ACCUSE']);
    expect(sortedCodes('Bolivia condemned the raid on Chile.')).toEqual([]);
  });
});

describe('event constructions: incursions, hostile names, demands of two acts and titled agents', () => {
  it('reads entering or intruding into another state’s waters or airspace as a show of force', () => {
    expect(sortedCodes('Two Chilean frigates entered Peruvian territorial waters on Sunday.')).toEqual(['CHL>PER MOBILIZE']);
    expect(sortedCodes("Bolivian helicopters intruded into Chile's airspace.")).toEqual(['BOL>CHL MOBILIZE']);
  });

  it('reads calling a state an enemy as an accusation, not a phone call', () => {
    expect(sortedCodes('The Peruvian president called Chile his country’s main enemy.')).toEqual(['PER>CHL ACCUSE']);
  });

  it('reads the second act of a demand as demanded, not done', () => {
    expect(sortedCodes('Peru urged Chile to end the drills and withdraw its frigates from Peruvian waters.')).toEqual([
      'PER>CHL REQUEST',
    ]);
  });

  it('reads an agent after "by" past a spokesman’s or councillor’s title', () => {
    expect(sortedCodes('The accord was signed by State Councillor Wang Yi and Peru.')).toEqual([
      'CHN>PER SUPPORT',
      'PER>CHN SUPPORT',
    ]);
  });
});

describe('event constructions: finding, quoted labels, trade status and measures ended in part', () => {
  it('reads "found itself" as finding, not founding', () => {
    expect(sortedCodes('Chile found itself in a fishing standoff with Peru.')).toEqual([]);
  });

  it('reads a label in quotes after "called" as criticism', () => {
    expect(sortedCodes('Peru called the Chilean levy “an affront” to its farmers.')).toEqual(['PER>CHL ACCUSE']);
  });

  it('reads a most-favoured-nation status withdrawn or revoked as a measure against the state', () => {
    expect(sortedCodes('Peru withdrew the most favoured nation status it had granted to Chile.')).toEqual(['PER>CHL COERCE']);
    expect(sortedCodes("Peru revoked Chile's most favoured nation status.")).toEqual(['PER>CHL COERCE']);
  });

  it('reads a share of a measure lifted or scrapped as a concession, and the clause telling its imposition as background', () => {
    expect(sortedCodes('Chile scrapped more than half of the tariffs on Peruvian wine that it had imposed in 2021.')).toEqual([
      'CHL>PER YIELD',
    ]);
    expect(sortedCodes('Chile agreed to pause a 20% tariff it had imposed on Peru.')).toEqual(['CHL>PER AGREE', 'CHL>PER YIELD']);
  });
});

describe('event constructions: amounts of a measure', () => {
  it('reads an amount in or of a measure as that measure, past its currency sign', () => {
    expect(sortedCodes('Peru announced $3 billion in new tariffs on Chilean goods.')).toEqual(['PER>CHL COERCE']);
    expect(sortedCodes('Chile announced 2 billion pesos of sanctions on Peru.')).toEqual(['CHL>PER COERCE']);
  });
});

describe('event constructions: names of a kind, and opposition as an act', () => {
  it('reads a name joined to "-style" or "-era" as a kind of thing, not an actor', () => {
    expect(sortedCodes('Peru proposed a Hong Kong-style handover of the islands to Chile.')).not.toContain('PER>HKG REQUEST');
    expect(sortedCodes('Chile sold Soviet-era tanks to Peru.').some((c) => c.includes('RUS'))).toBe(false);
  });

  it('reads a state’s opposition to something as the state’s, not as its opposition parties', () => {
    const text = "Chile's opposition to the fishing quotas angered Lima.";
    const actors = analyze({ id: 1, text, published: '2023-05-10' }).mentions.map((m) => m.actor);
    expect(actors).toContain('CHL');
    expect(actors).not.toContain('CHLOPP');
  });
});

describe('event constructions: acts needed', () => {
  it('reads an act someone sees a need for as not done', () => {
    expect(sortedCodes('The floods showed the need for closer military cooperation between Chile and Peru.')).toEqual([]);
  });
});

describe('event constructions: a meeting in an opening adjunct, and office holders of the Pacific', () => {
  it('reads a meeting named before the comma of an opening adjunct as held by the subject after it', () => {
    expect(sortedCodes("At a meeting with Peru's president, Chile pledged aid.")).toEqual(['CHL>PER CONSULT', 'PER>CHL CONSULT']);
    expect(sortedCodes('In talks with Peru, the Chilean minister praised the new deal.')).toEqual([
      'CHL>PER CONSULT',
      'PER>CHL CONSULT',
    ]);
  });

  it('resolves Pacific heads of government by surname at the article date', () => {
    expect(sortedCodes('Rabuka thanked Australia for its help.', '2023-06-01')).toContain('FJI>AUS SUPPORT');
    expect(sortedCodes('Sogavare accused Australia of meddling.', '2022-04-01')).toEqual(['SLB>AUS ACCUSE']);
    expect(sortedCodes('Hipkins hosted Albanese in Wellington.', '2023-07-01')).toEqual(['NZL>AUS CONSULT']);
  });
});

describe('event constructions: a charge denied in an apposition', () => {
  it('reads ", a charge Y denied" as Y rejecting the accuser, and the accusation as made', () => {
    expect(sortedCodes('Chile accused Peru of spying on its navy, a charge the Peruvian government denied.')).toEqual([
      'CHL>PER ACCUSE',
      'PER>CHL REJECT',
    ]);
    expect(sortedCodes('Bolivia accused Chile of hoarding water, a claim Santiago rejected.')).toEqual([
      'BOL>CHL ACCUSE',
      'CHL>BOL REJECT',
    ]);
  });
  it('reads words named a charge in an apposition as an accusation the one denying it answers', () => {
    expect(sortedCodes('Peru says Chile is diverting the river, a charge Santiago has denied.')).toEqual([
      'CHL>PER REJECT',
      'PER>CHL ACCUSE',
    ]);
  });
});

describe('actors: Irish office holders', () => {
  it('resolves the Taoiseach and Irish ministers to Ireland at the article date', () => {
    expect(sortedCodes('The Taoiseach criticised London over the fishing rules.', '2023-03-01')).toEqual(['IRL>GBR ACCUSE']);
    expect(sortedCodes('Varadkar thanked Britain for its help.', '2023-03-01')).toContain('IRL>GBR SUPPORT');
    expect(sortedCodes('Coveney criticised London over the fishing rules.', '2019-03-01')).toEqual(['IRL>GBR ACCUSE']);
  });
});

describe('actors: titles that name their state after "of"', () => {
  it('reads "President of X Name" as the person of X, coordinated with another so named', () => {
    expect(
      sortedCodes('President of Chile Gabriel Boric and President of Peru Dina Boluarte signed a fisheries accord.'),
    ).toEqual(['CHL>PER SUPPORT', 'PER>CHL SUPPORT']);
    expect(sortedCodes('Bolivia protested to the President of Peru Dina Boluarte.')).toEqual(['BOL>PER PROTEST']);
  });
});

describe('event constructions: conversations by phone', () => {
  it('reads speaking "by phone with" or "by telephone to" a party as a consultation', () => {
    // (and the concern voiced to Peru is disapproval of it)
    expect(sortedCodes('The Chilean president voiced concern by phone with Peru.')).toEqual([
      'CHL>PER ACCUSE',
      'CHL>PER CONSULT',
    ]);
    expect(sortedCodes('Bolivia talked on Monday by telephone to Chile.')).toEqual(['BOL>CHL CONSULT']);
  });
});

describe('event constructions: acts not yet done, and troops near a coast', () => {
  it('reads an act a party has yet to do, or only can do, as not done', () => {
    expect(sortedCodes('Chile and Peru have yet to sign a border treaty.')).toEqual([]);
    expect(sortedCodes('Diplomats hope Chile and Peru can agree on a treaty soon.')).toEqual([]);
  });

  it('reads troops deployed close to a state’s coast as a show of force against it', () => {
    expect(sortedCodes('Chile deployed marines close to the Peruvian coast.')).toEqual(['CHL>PER MOBILIZE']);
  });
});

describe('event constructions: announced measures and the participle after them', () => {
  it('reads a participle after an announced measure as the announcer’s own act, not the measure’s words', () => {
    expect(sortedCodes('Peru announced tariffs on Chilean copper, contending the country dumps its ore.')).toEqual([
      'PER>CHL ACCUSE',
      'PER>CHL COERCE',
    ]);
  });
});

describe('event constructions: rules tightened', () => {
  it('reads tightened regulations or rules on trade with a state as a measure against it', () => {
    expect(sortedCodes('Chile tightened regulations on copper sales to Peru.')).toEqual(['CHL>PER COERCE']);
    expect(sortedCodes('Peru tightened the rules for Chilean trucks.')).toEqual(['PER>CHL COERCE']);
  });
});

describe('coreference: "him" after an apposed subject', () => {
  it('reads "him" as neither the subject of its clause nor a title apposed to that subject', () => {
    expect(
      sortedCodes(
        'Gustavo Petro flew to Lima on Monday, and the Peruvian leader, Pedro Castillo, sharply criticised him.',
        '2022-09-01',
      ),
    ).toEqual(['COL>PER CONSULT', 'PER>COL ACCUSE']);
  });
});

describe('event constructions: a manner adjunct between a verb and its object', () => {
  it('reads past "in the strongest terms", quoted or not, to the object and its owner', () => {
    expect(sortedCodes('Peru condemned “in the strongest possible terms” on Friday Chile’s decision to close the port.')).toEqual(
      ['PER>CHL ACCUSE'],
    );
    expect(sortedCodes('Brazil denounced in the firmest terms the shelling of Peru by Bolivia.')).toEqual(['BRA>BOL ACCUSE']);
    expect(sortedCodes('Chile criticised in no uncertain terms Peru’s ban on Chilean fruit.')).toEqual([
      'CHL>PER ACCUSE',
      'PER>CHL COERCE',
    ]);
  });
});

describe('event constructions: words about a deed named with its object, and the one it was done by', () => {
  it('reaches the doer after "by" past the deed’s own object', () => {
    expect(sortedCodes('Chile condemned the building of a wall by Peru.')).toEqual(['CHL>PER ACCUSE']);
    expect(sortedCodes('Brazil criticised the stationing of attack helicopters by Bolivia.')).toEqual(['BRA>BOL ACCUSE']);
  });

  it('reads praise for a step taken by a state as support for that state', () => {
    expect(sortedCodes('Chile praised the decision by Peru to reopen the border.')).toEqual(['CHL>PER SUPPORT']);
    expect(sortedCodes('Brazil welcomed the steps taken by the Bolivian government.')).toEqual(['BRA>BOL SUPPORT']);
  });
});

describe('event constructions: a full name inside a verb phrase', () => {
  it('counts a person’s full name as one word between a verb and the rest of its phrase', () => {
    expect(sortedCodes('Peru declared Chilean ambassador Jorge Rojas persona non grata on Monday.')).toEqual([
      'PER>CHL SANCTION',
    ]);
  });
});

describe('event constructions: military operations done jointly', () => {
  it('reads joint operations with a partner as military cooperation both ways', () => {
    expect(sortedCodes('Chile launched joint air operations with the Peruvian navy.')).toEqual([
      'CHL>PER COOPERATE',
      'PER>CHL COOPERATE',
    ]);
    expect(sortedCodes('Chile conducted military operations against Peru.')).toEqual(['CHL>PER ASSAULT']);
  });
});

describe('event constructions: acts named by a noun made from their verb', () => {
  it('codes "the N of <object>" as the verb with that object', () => {
    expect(sortedCodes('Peru announced the severance of its ties with Chile.')).toEqual(['PER>CHL SANCTION']);
    expect(sortedCodes('Brazil ordered the withdrawal of all its diplomats from Bolivia.')).toEqual(['BRA>BOL SANCTION']);
    expect(sortedCodes('Brazil announced the recall of its ambassador to Bolivia.')).toEqual(['BRA>BOL SANCTION']);
    expect(sortedCodes('Chile announced the severing of ties with Peru.')).toEqual(['CHL>PER SANCTION']);
  });

  it('reads nothing into such a noun with no phrase of its verb', () => {
    expect(sortedCodes('Brazil announced the closure of a factory near Bolivia.')).toEqual([]);
  });
});

describe('event constructions: an opening prepositional phrase before the subject', () => {
  it('reads the name ending an opening phrase as no apposition of the subject after its comma', () => {
    expect(
      sortedCodes('In a message to UN chief António Guterres, Peruvian diplomats accused Chile of arming smugglers.'),
    ).toEqual(['PER>CHL ACCUSE']);
  });
});

describe('event constructions: a call with a party', () => {
  it('reads a call with a party as a consultation, also inside a time adjunct', () => {
    expect(sortedCodes('Boric held a call with Peruvian President Dina Boluarte.', '2024-03-01')).toEqual(['CHL>PER CONSULT']);
    expect(
      sortedCodes('Boric repeated those remarks during a call with Peruvian President Dina Boluarte.', '2024-03-01'),
    ).toEqual(['CHL>PER CONSULT']);
  });
});

describe('event constructions: a present verb after two names', () => {
  it('reads a base form after "X and Y" and before its object as their verb, and a demanded deal as not made', () => {
    expect(sortedCodes('Chile and Peru sign a fishing accord.')).toEqual(['CHL>PER SUPPORT', 'PER>CHL SUPPORT']);
    expect(sortedCodes('Chile and Peru demand a binding accord on the river.')).toEqual([]);
  });
});

describe('event constructions: statements issued, and the subject after an opening phrase', () => {
  it('reads words issued by states as no cooperation, and keeps them out of the subject after the comma', () => {
    expect(
      sortedCodes('Following the warnings issued by Chile and Bolivia, the Peruvian government closed its border with Brazil.'),
    ).toEqual(['PER>BRA COERCE']);
  });
});

describe('event constructions: confronting', () => {
  it('reads confronting a state, or vowing to confront its deeds, as hostile', () => {
    expect(sortedCodes('Peru vowed to confront Chilean aggression.')).toEqual(['PER>CHL THREATEN']);
  });
});

describe('event constructions: receiving from a giver no actor stands for', () => {
  it('reads no act between receivers when the giver is no state', () => {
    expect(sortedCodes('Chile and Peru will receive loans from private banks.')).toEqual([]);
    expect(sortedCodes('Chile and Bolivia received loans from Peru.')).toEqual(['PER>BOL AID', 'PER>CHL AID']);
  });
});

describe('event constructions: an act noun’s agent past a participle of doing', () => {
  it('reads "strikes carried out by X in Y" as X’s strikes on Y', () => {
    expect(sortedCodes('Air strikes carried out by Chile in northern Peru killed nine people.')).toEqual(['CHL>PER ASSAULT']);
  });
});

describe('event constructions: drills held with a partner', () => {
  it('reads drills with a partner as military cooperation, and drills with one’s own forces as a show of force', () => {
    expect(sortedCodes('Chile staged drills with Peru.')).toEqual(['CHL>PER COOPERATE', 'PER>CHL COOPERATE']);
    expect(sortedCodes('Chile staged drills with its troops near Peru.')).toEqual(['CHL>PER MOBILIZE']);
  });
});

describe('event constructions: an opening "In support of"', () => {
  it('reads support named in an opening adjunct as the subject’s', () => {
    expect(sortedCodes('In support of Peru, Chile recalled its ambassador from Bolivia.')).toEqual([
      'CHL>BOL SANCTION',
      'CHL>PER SUPPORT',
    ]);
  });
});

describe('event constructions: "the country" in words a titled speaker announces', () => {
  it('reads "the country" as the speaker’s state past a title, a name and a time word', () => {
    expect(
      sortedCodes(
        'Peru’s Foreign Minister Rosa Quispe Lara declared yesterday that the country has broken off relations with Chile.',
      ),
    ).toEqual(['PER>CHL SANCTION']);
  });
});

describe('event constructions: a verb prefix spelt with a hyphen', () => {
  it('codes "re-opened" as "reopened"', () => {
    expect(sortedCodes('Chile re-opened the Chilean embassy in Lima.')).toEqual(
      sortedCodes('Chile reopened the Chilean embassy in Lima.'),
    );
    expect(sortedCodes('Chile re-opened the Chilean embassy in Lima.')).toEqual(['CHL>PER SUPPORT']);
  });
});

describe('event constructions: telling another to act, and an envoy told to leave', () => {
  it('reads "told Y to <act>" as a request to Y', () => {
    expect(sortedCodes('Chile told Peru to withdraw its warships.')).toContain('CHL>PER REQUEST');
  });

  it('reads an envoy told or asked to leave as expelled, past the post’s own state', () => {
    expect(sortedCodes('Chile told the Peruvian ambassador to leave the country.')).toEqual(['CHL>PER SANCTION']);
    expect(sortedCodes('Bolivia asked the Chilean envoy to La Paz to leave within three days.')).toEqual(['BOL>CHL SANCTION']);
  });
});

describe('event constructions: a decision a state announces', () => {
  it('reads the act of an announced decision as the announcer’s', () => {
    expect(sortedCodes('Peru announced the decision to shut its border with Chile.')).toEqual(['PER>CHL SANCTION']);
    expect(sortedCodes('Peru said the decision to shut the border with Chile was a mistake.')).toEqual([]);
  });
});

describe('actors: two demonyms before a non-state noun', () => {
  it('reads "Chilean and Bolivian firms" as firms of both states, not the first state', () => {
    expect(sortedCodes('Peru fined Chilean and Bolivian firms.')).toEqual(['PER>BOLBUS COERCE', 'PER>CHLBUS COERCE']);
    expect(sortedCodes('Chilean and Peruvian officials met in Lima.')).toEqual(['CHL>PER CONSULT', 'PER>CHL CONSULT']);
  });
});

describe('event constructions: a place claimed by a state', () => {
  it('reads "X, claimed by Y," as no charge against X', () => {
    expect(sortedCodes('The Falkland Islands, claimed by Argentina, are a British territory.')).toEqual([]);
  });
});

describe('event constructions: diplomatic missions withdrawn, and warships sent to a coast', () => {
  it('reads diplomatic missions or staff withdrawn from a state as reduced relations', () => {
    expect(sortedCodes('Bolivia withdrew its diplomatic missions from Chile.')).toEqual(['BOL>CHL SANCTION']);
  });

  it('reads forces sent to the waters or the coast of a state as a show of force, and troops sent to the state as help', () => {
    expect(sortedCodes('Chile sent two warships to the waters off Peru.')).toEqual(['CHL>PER MOBILIZE']);
    expect(sortedCodes('Chile sent two warships to Peru.')).not.toContain('CHL>PER MOBILIZE');
  });
});

describe('actors: South Asian office holders at the article date', () => {
  it('resolves Sri Lankan, Nepali and Maldivian leaders by surname', () => {
    expect(sortedCodes('Wickremesinghe thanked India for its help.', '2023-06-01')).toContain('LKA>IND SUPPORT');
    expect(sortedCodes('Muizzu asked India to withdraw its troops.', '2024-01-10')).toContain('MDV>IND REQUEST');
    expect(sortedCodes('Dahal hosted Chinese envoys in Kathmandu.', '2023-05-01')).toEqual(['NPL>CHN CONSULT']);
    expect(sortedCodes('Sirisena thanked India for its help.', '2017-06-01')).toContain('LKA>IND SUPPORT');
  });
});

describe('event constructions: counterparts named by where they come from', () => {
  it('reads "met his counterparts from Y and Z" as meeting Y and Z', () => {
    expect(sortedCodes('The Chilean foreign minister met his counterparts from Peru and Bolivia in Lima.')).toEqual([
      'CHL>BOL CONSULT',
      'CHL>PER CONSULT',
    ]);
  });
});

describe('event constructions: praise for a step taken by a titled ruler', () => {
  it('reaches the state of a ruler named with a title after "by"', () => {
    expect(sortedCodes('Bolivia praised the steps taken by King Mohammed VI.', '2024-01-10')).toEqual(['BOL>MAR SUPPORT']);
  });
});

describe('event constructions: an amount received from a state', () => {
  it('reads goods or money received from a state as its aid, and a share of trade as none', () => {
    expect(sortedCodes('Bolivia has received 40,000 barrels of fuel from Peru.')).toEqual(['PER>BOL AID']);
    expect(sortedCodes('Bolivia received 30 percent of its imports from Peru.')).toEqual([]);
  });
});

describe('event constructions: a conversation held, and a joint operation named by its noun', () => {
  it('reads a conversation with a party as talks', () => {
    expect(sortedCodes('Chile held a long conversation with Peru.')).toEqual(['CHL>PER CONSULT', 'PER>CHL CONSULT']);
  });

  it('reads a joint military operation with a partner as military cooperation', () => {
    expect(sortedCodes('Chile has prolonged the joint naval operation with Peru.')).toEqual([
      'CHL>PER COOPERATE',
      'PER>CHL COOPERATE',
    ]);
  });
});

describe('actors: an abbreviation in brackets after its words', () => {
  it('reads "(ADF)" after the words it abbreviates as those words, not the Australian forces', () => {
    expect(sortedCodes('Peru attacked the Andean Defence Front (ADF) rebels near the border.')).toEqual([]);
    expect(sortedCodes('Peru held drills with the Australian Defence Force (ADF).')).toEqual([
      'AUS>PER COOPERATE',
      'PER>AUS COOPERATE',
    ]);
  });
});

describe('event constructions: a participle phrase on a noun inside a charge', () => {
  it('reads "rebels seeking to overthrow" as the rebels’ aim, not the accused state’s', () => {
    expect(sortedCodes('Bolivia accused Chile of hosting rebels seeking to overthrow the Bolivian government.')).toEqual([
      'BOL>CHL ACCUSE',
    ]);
  });
});

describe('event constructions: an accord brought about by a third state', () => {
  it('reads the state that brokered or mediated an accord as no party to it', () => {
    expect(sortedCodes('Chile and Peru signed a fishing accord brokered by Brazil.')).toEqual([
      'BRA>CHL CONSULT',
      'BRA>PER CONSULT',
      'CHL>PER SUPPORT',
      'PER>CHL SUPPORT',
    ]);
    expect(sortedCodes('Chile and Peru signed a Brazil-mediated accord.')).toEqual(['CHL>PER SUPPORT', 'PER>CHL SUPPORT']);
  });

  it('reads the one who brokered it as consulting each party', () => {
    expect(sortedCodes('Chile and Peru signed a water accord brokered by Brazil.')).toEqual([
      'BRA>CHL CONSULT',
      'BRA>PER CONSULT',
      'CHL>PER SUPPORT',
      'PER>CHL SUPPORT',
    ]);
  });
});

describe('event constructions: forces that enter a state to help', () => {
  it('reads an entry or a deployment done to help the state’s forces as aid, and one done for one’s own as force', () => {
    expect(sortedCodes('Chilean troops entered Peru to help the Peruvian army.')).toEqual(['CHL>PER AID']);
    expect(sortedCodes('Chile deployed warships near Peru to help its fishing fleet.')).toEqual(['CHL>PER MOBILIZE']);
    expect(sortedCodes('Chilean troops entered Peru to seize the port.')).toEqual(['CHL>PER COERCE']);
  });
});

describe('event constructions: a relative clause on a common noun', () => {
  it('gives the verb of "the rebels who tried to ..." to the rebels, not to a state named before them', () => {
    expect(sortedCodes('Chile accused Peru of sheltering rebels who tried to overthrow its government.')).toEqual([
      'CHL>PER ACCUSE',
    ]);
    expect(sortedCodes('Chile condemned the gunmen who tried to kill the Peruvian consul.')).toEqual([]);
    expect(sortedCodes('Chile warned Peru and threatened to close the border.')).toEqual(['CHL>PER THREATEN']);
  });
});

describe('event constructions: a relative clause with no commas before the main verb', () => {
  it('gives the main verb to the clause’s head noun, not to the last name inside the clause', () => {
    expect(sortedCodes('Chilean officials who visited Lima criticised Bolivia.')).toEqual(['CHL>BOL ACCUSE', 'CHL>PER CONSULT']);
    expect(sortedCodes('The Peruvian minister who met Bolivian officials praised Chile.')).toEqual([
      'PER>BOL CONSULT',
      'PER>CHL SUPPORT',
    ]);
    expect(sortedCodes('Gunmen who crossed from Bolivia attacked Peru.')).toEqual([]);
    expect(sortedCodes('Rebels who attacked Chile were trained by Peru.')).toEqual([]);
    expect(sortedCodes('Chilean officials who visited Lima were criticised by Bolivia.')).toEqual([
      'BOL>CHL ACCUSE',
      'CHL>PER CONSULT',
    ]);
    expect(sortedCodes('Chile said that Peru attacked Bolivia.')).toEqual(['PER>BOL ASSAULT']);
  });
});

describe('event constructions: acts read in the reports of one region', () => {
  it('reads interfering with another state as coercion, not aid', () => {
    expect(sortedCodes('A Peruvian patrol boat interfered with Chilean fishing boats off the coast.')).toEqual([
      'PER>CHL COERCE',
    ]);
  });

  it('reads an intrusion into a state’s exclusive economic zone as a show of force', () => {
    expect(sortedCodes('A Peruvian patrol boat intruded into Chile’s exclusive economic zone last week.')).toEqual([
      'PER>CHL MOBILIZE',
    ]);
  });

  it('reads a present refusal to recognise another’s claims as a rejection, and a state described as none', () => {
    expect(sortedCodes('Chile does not recognise Peru’s claims over the islands.')).toEqual(['CHL>PER REJECT']);
    expect(sortedCodes('Chile has not recognised Peru’s claims over the islands.')).toEqual([]);
  });

  it('gives a gerund after "despite" the subject of its clause', () => {
    expect(sortedCodes('Chile criticised Peru despite signing a trade deal with Lima last year.')).toEqual([
      'CHL>PER ACCUSE',
      'CHL>PER SUPPORT',
      'PER>CHL SUPPORT',
    ]);
  });

  it('reads naming another’s act with a hostile label as criticism, whichever verb names it', () => {
    expect(sortedCodes('Chile termed the Peruvian manoeuvre a provocation.')).toEqual(['CHL>PER ACCUSE']);
    expect(sortedCodes('Chile called the Peruvian manoeuvre "unsafe and unprofessional".')).toEqual(['CHL>PER ACCUSE']);
  });

  it('reads people deported to a state as sent there, not as coercion of that state', () => {
    expect(sortedCodes('Chile deported thirty migrants to Peru on Monday.')).toEqual([]);
  });

  it('gives the act to the states after a closing ", as did" or ", as has"', () => {
    expect(sortedCodes('Chile condemned the Bolivian strikes, as did Peru and Brazil.')).toEqual([
      'BRA>BOL ACCUSE',
      'CHL>BOL ACCUSE',
      'PER>BOL ACCUSE',
    ]);
    expect(sortedCodes('Chile has accused Bolivian boats of harassing its fishermen, as has Peru.')).toEqual([
      'BOL>CHL COERCE',
      'CHL>BOL ACCUSE',
      'PER>BOL ACCUSE',
    ]);
  });
});

describe('event constructions: notes, rebuttals, obligations, calls and passive accords', () => {
  it('reads a note or letter of protest handed to a state as its disapproval', () => {
    expect(sortedCodes('The Chilean foreign ministry handed a letter of protest to Peru over the arrests.')).toEqual([
      'CHL>PER ACCUSE',
    ]);
  });

  it('reads a charge rebutted in a passive after it as the accused state’s rejection of the accuser', () => {
    expect(sortedCodes('Chile accused Peru of moving artillery to the border, a claim dismissed by Lima as fiction.')).toEqual([
      'CHL>PER ACCUSE',
      'PER>CHL REJECT',
    ]);
  });

  it('reads what a speaker says another state needed to do as a demand', () => {
    expect(sortedCodes('The Chilean foreign ministry said Peru needed to explain the arrests.')).toEqual(['CHL>PER REQUEST']);
  });

  it('reads two states that spoke by phone as talking to each other', () => {
    expect(sortedCodes('The Chilean and Peruvian foreign ministers spoke by phone on Friday.')).toEqual([
      'CHL>PER CONSULT',
      'PER>CHL CONSULT',
    ]);
    expect(sortedCodes('The Chilean president spoke by phone on Friday.')).toEqual([]);
  });

  it('gives a joint act in the passive to the parties named after "between"', () => {
    expect(
      sortedCodes(
        'The water accord was signed in Lima on Friday between Chilean Foreign Minister Ana Soto and her Peruvian counterpart.',
      ),
    ).toEqual(['CHL>PER SUPPORT', 'PER>CHL SUPPORT']);
  });

  it('reads an order to one’s own government as asking nothing of a state named later', () => {
    expect(
      sortedCodes('The Chilean president instructed the cabinet to diversify its gas supply routes to bypass Peru.'),
    ).toEqual([]);
  });
});

describe('event constructions: stances named by adjectives, and acts a state decided', () => {
  it('reads being critical or supportive of a state as criticism or support, also after "with"', () => {
    expect(sortedCodes('Chile was sharply critical of the Peruvian government’s handling of the strike.')).toEqual([
      'CHL>PER ACCUSE',
    ]);
    expect(sortedCodes('Bolivia stayed silent, with Chile critical of Peru.')).toEqual(['CHL>PER ACCUSE']);
    expect(sortedCodes('Chile remains supportive of Peru’s bid.')).toEqual(['CHL>PER SUPPORT']);
  });

  it('gives the acts a state’s decision or move names to that state, past a day before the noun', () => {
    // (a recall and an expulsion of a consul are both cuts in relations: one event for the pair and act)
    expect(sortedCodes('The row follows Chile’s Friday decision to recall its envoy from Lima and expel Peru’s consul.')).toEqual(
      ['CHL>PER SANCTION'],
    );
  });
});

describe('event constructions: an object pronoun after its clause’s verb', () => {
  it('reads "it" after a state’s verb as another state named before, not the verb’s subject', () => {
    expect(sortedCodes('Chile detained a Peruvian trawler, and Lima accused it of piracy.')).toEqual([
      'CHL>PER COERCE',
      'PER>CHL ACCUSE',
    ]);
  });
});

describe('event constructions: two declarations joined by "and"', () => {
  it('gives the second declaration’s act to the one who made the first', () => {
    expect(sortedCodes('Chile announced an inquiry into the spill and announced sanctions on Peru.')).toEqual(['CHL>PER COERCE']);
  });
});

describe('event constructions: lists after a subordinator, borders, promised answers and envoys of a mission', () => {
  it('reads a list joined by "and" after a subordinator as the subject of the verb after it', () => {
    expect(sortedCodes('The talks opened days after Chile, Peru, and Bolivia held joint naval drills.')).toEqual([
      'BOL>CHL COOPERATE',
      'BOL>PER COOPERATE',
      'CHL>BOL COOPERATE',
      'CHL>PER COOPERATE',
      'PER>BOL COOPERATE',
      'PER>CHL COOPERATE',
    ]);
  });

  it('reads the state across a border an act is placed at as no partner of it', () => {
    expect(sortedCodes('Chile and Peru held joint drills near the Peruvian border with Bolivia.')).toEqual([
      'CHL>PER COOPERATE',
      'PER>CHL COOPERATE',
    ]);
  });

  it('reads a harsh answer promised after another’s deed as a threat to the one who did it', () => {
    expect(sortedCodes('Chile vowed a harsh answer once Peru had expelled two Chilean diplomats.')).toEqual([
      'CHL>PER THREATEN',
      'PER>CHL SANCTION',
    ]);
    expect(sortedCodes('Chile vowed retaliation against Peru.')).toEqual(['CHL>PER THREATEN']);
    expect(sortedCodes('Chile promised a reply to Peru’s letter.')).not.toContain('CHL>PER THREATEN');
  });

  it('reads envoys expelled as those of the mission they are "of"', () => {
    expect(sortedCodes('Peru condemned Chile’s move to expel two attachés of the Peruvian embassy.')).toEqual([
      'CHL>PER COERCE',
      'PER>CHL ACCUSE',
    ]);
  });
});

describe('actors: office holders of the Balkans, the Baltic, Central and Southeast Asia and Africa at the article date', () => {
  it('resolves leaders by surname to the state they served then', () => {
    expect(sortedCodes('Rama thanked Mitsotakis for the vaccines.', '2021-05-01')).toEqual(['ALB>GRC SUPPORT']);
    expect(sortedCodes('Dacic criticised Croatia.', '2016-03-01')).toEqual(['SRB>HRV ACCUSE']);
    expect(sortedCodes('Sandu accused Russia of meddling.', '2023-02-01')).toContain('MDA>RUS ACCUSE');
    expect(sortedCodes('Srettha met Cambodian leaders in Phnom Penh.', '2024-02-07')).toEqual(['THA>KHM CONSULT']);
    expect(sortedCodes('Berdymukhamedov praised China.', '2015-05-01')).toEqual(['TKM>CHN SUPPORT']);
    expect(sortedCodes('Madbouly praised Sudan.', '2023-03-01')).toEqual(['EGY>SDN SUPPORT']);
    expect(sortedCodes('Hichilema thanked Angola.', '2024-03-01')).toEqual(['ZMB>AGO SUPPORT']);
    expect(sortedCodes('Santiago Pena criticised Bolivia.', '2024-03-01')).toEqual(['PRY>BOL ACCUSE']);
    expect(sortedCodes('Nehammer criticised Hungary.', '2023-03-01')).toEqual(['AUT>HUN ACCUSE']);
    expect(sortedCodes('Weah thanked Ghana.', '2019-03-01')).toEqual(['LBR>GHA SUPPORT']);
    expect(sortedCodes('Defence Minister Ruben Brekelmans visited Poland.', '2025-01-10')).toEqual(['NLD>POL CONSULT']);
    expect(sortedCodes('“We stand with the Thai government,” Anwar told reporters.', '2024-01-01')).toEqual(['MYS>THA SUPPORT']);
    expect(sortedCodes('Tiani accused France of plotting.', '2023-09-01')).toContain('NER>FRA ACCUSE');
  });
});

describe('event constructions: judged deeds, neighbours, adverbs before a participle and refusals with a day', () => {
  it('reads a state’s deed that a speaker calls a sham or a scam as an accusation of that state', () => {
    expect(sortedCodes('The Chilean president said the Peruvian referendum was a sham.')).toEqual(['CHL>PER ACCUSE']);
  });

  it('reads a participle after a comma and an adverb as the clause subject’s, and "its neighbour" as the other state', () => {
    expect(
      sortedCodes(
        'Chile refused on Monday to sign the plan for Bolivia, effectively blocking talks with its northern neighbour.',
      ),
    ).toEqual(['CHL>BOL REJECT']);
  });
});

describe('event constructions: dismissing another’s words', () => {
  it('reads dismissing demands or claims as rejecting them, the words staying their author’s', () => {
    expect(sortedCodes('Chile dismissed Peru’s demands for compensation.')).toEqual(['CHL>PER REJECT', 'PER>CHL REQUEST']);
  });
});

describe('event constructions: measures raised', () => {
  it('reads tariffs raised on a state’s goods as the measure itself', () => {
    expect(sortedCodes('Chile raised customs tariffs on Peruvian goods after Peru seized two Chilean fishing boats.')).toEqual([
      'CHL>PER COERCE',
      'PER>CHL COERCE',
    ]);
    expect(sortedCodes('Chile hiked tariffs on Peruvian wine.')).toEqual(['CHL>PER COERCE']);
  });
});

describe('event constructions: a second act asked for, and praise given as a noun', () => {
  it('gives the second act a demand asks for to the one asked, as not yet done', () => {
    const events = read(
      'Chile urged Peru to honour the fishing accord of 2019 and withdraw its patrol boats from Chilean waters.',
    );
    expect(events.map((e) => `${e.source}>${e.target} ${e.category}`)).toEqual(['CHL>PER REQUEST']);
    expect(sortedCodes('Chile urged Peru to stop and criticised Bolivia.')).toEqual(['CHL>BOL ACCUSE', 'CHL>PER REQUEST']);
  });

  it('reads congratulations to two states for a joint deed as that deed between them', () => {
    expect(sortedCodes('Chile extended its congratulations to Peru and Bolivia for signing the border treaty.')).toEqual([
      'BOL>PER SUPPORT',
      'CHL>BOL SUPPORT',
      'CHL>PER SUPPORT',
      'PER>BOL SUPPORT',
    ]);
    expect(sortedCodes('Chile thanked Peru and Bolivia for sending aid.')).toEqual([
      'BOL>CHL AID',
      'CHL>BOL SUPPORT',
      'CHL>PER SUPPORT',
      'PER>CHL AID',
    ]);
  });
});

describe('event constructions: joint deeds in the passive, and pairs named with adjectives', () => {
  it('reads a deed done jointly by two states in the passive as cooperation between them', () => {
    expect(sortedCodes('A bridge built jointly by Chile and Peru opened on Monday.')).toEqual([
      'CHL>PER COOPERATE',
      'PER>CHL COOPERATE',
    ]);
    expect(
      sortedCodes(
        'Chile welcomed Peruvian officials. They opened a road constructed jointly by the two neighbouring Andean states.',
      ),
    ).toEqual(['CHL>PER COOPERATE', 'CHL>PER SUPPORT', 'PER>CHL COOPERATE']);
  });
});

describe('event constructions: measures approved', () => {
  it('reads a hostile measure a state’s organ approves or authorises as that measure, not a concession', () => {
    expect(sortedCodes('The Chilean congress approved new tariffs on Peruvian steel.')).toEqual(['CHL>PER COERCE']);
    expect(sortedCodes('The Chilean president authorised strikes on rebel camps in Peru.')).toEqual(['CHL>PER ASSAULT']);
  });
});

describe('event constructions: second charges, cases lodged, protesters and the speaker’s next verb', () => {
  it('reads "accused X of A and Y of B" as charging both', () => {
    expect(sortedCodes('Chile accused Peru of spying and Bolivia of hiding the spies.')).toEqual([
      'CHL>BOL ACCUSE',
      'CHL>PER ACCUSE',
    ]);
  });

  it('reads a case lodged against a state as a legal charge', () => {
    expect(sortedCodes('Chile has lodged a case against Peru at the world court.')).toEqual(['CHL>PER ACCUSE']);
  });

  it('reads a state’s protesters as people, not the state', () => {
    expect(sortedCodes('Chile offered help to Peru’s anti-government protesters.')).toEqual([]);
  });

  it('gives a verb joined by ", and" after reported words to the speaker', () => {
    expect(sortedCodes('Chile said Bolivia was ready to help, and accused Peru of lying.')).toEqual(['CHL>PER ACCUSE']);
    expect(
      sortedCodes('Chile said its envoy was summoned home for “consultations,” and urged Peru to respect the accord.'),
    ).toEqual(['CHL>PER REQUEST']);
  });

  it('resolves an Italian deputy prime minister and a French interior minister at the article date', () => {
    expect(sortedCodes('Di Maio criticised France.', '2019-02-01')).toEqual(['ITA>FRA ACCUSE']);
    expect(sortedCodes('Algeria condemned Retailleau.', '2025-03-01')).toEqual(['DZA>FRA ACCUSE']);
  });
});

describe('event constructions: demands met, and regional descriptors in a speaker’s words', () => {
  it('reads demands a state meets as the demands of their author to it', () => {
    expect(sortedCodes('Chile moved to meet Peru’s demands.')).toEqual(['CHL>PER YIELD', 'PER>CHL REQUEST']);
  });

  it('reads "the South American nation" in words a state’s office announces as that state', () => {
    expect(
      sortedCodes(
        'The Chilean president’s office announced Monday that the South American nation was suspending its trade pact with Peru.',
      ),
    ).toEqual(['CHL>PER REJECT']);
  });
});

describe('event constructions: another’s deed called absurd', () => {
  it('reads a state’s plan that a speaker calls absurd as an accusation of that state', () => {
    expect(sortedCodes('The Chilean president said the Peruvian plan was absurd.')).toEqual(['CHL>PER ACCUSE']);
  });
});

describe('event constructions: companions set off by dashes, and judgements in quotation marks', () => {
  it('reads "X —alongside Y— has refused" as both refusing', () => {
    expect(sortedCodes('Chile —alongside Peru — has refused to approve Bolivia’s bid.')).toEqual([
      'CHL>BOL REJECT',
      'PER>BOL REJECT',
    ]);
  });

  it('reads a state’s plan called ‘absurd’ in quotation marks as an accusation', () => {
    expect(sortedCodes('The Chilean president said the Peruvian plan was ‘absurd.’')).toEqual(['CHL>PER ACCUSE']);
  });
});

describe('event constructions: closing attributions before an adjunct, and places a state owns', () => {
  it('reads words closed by their speaker as the speaker’s, also when an adjunct follows the attribution', () => {
    expect(
      sortedCodes(
        'Peru must pull its troops back from the border, the Chilean foreign minister said on Friday, after talks failed.',
      ),
    ).toEqual(['CHL>PER REQUEST']);
  });

  it('reads a name a state owns after a preposition of place as a place of that state', () => {
    expect(sortedCodes('The Chilean president paid a state visit to Peru’s Qorahuasi.')).toEqual(['CHL>PER CONSULT']);
  });
});

describe('event constructions: passives whose subject reaches the state acted on', () => {
  it('reads a state a passive’s common-noun subject reaches by the act’s preposition as the one acted on', () => {
    expect(sortedCodes('Gas supplies to Bolivia were cut off by Chile.')).toEqual(['CHL>BOL SANCTION']);
    expect(sortedCodes('A banquet in honour of the Peruvian president was hosted by Chile’s foreign minister.')).toEqual([
      'CHL>PER CONSULT',
    ]);
  });

  it('reads a passive with an adverb such as "also" inside its verb group', () => {
    expect(sortedCodes('Peru’s request was also rejected by Chile.')).toEqual(['CHL>PER REJECT']);
  });
});

describe('event constructions: a verb after a modal, and modifiers listed before the object', () => {
  it('reads a word after "will" as the verb the tagger took for an adjective', () => {
    expect(sortedCodes('Bolivia will close its border with Peru on Monday.')).toEqual(['BOL>PER THREATEN']);
  });

  it('reads a phrase pattern across modifiers listed before its noun', () => {
    expect(sortedCodes('Bolivia will close its land, air and river borders with Peru.')).toEqual(['BOL>PER THREATEN']);
  });

  it('reads a stopped cooperative act across modifiers listed before its noun as a reduction, not as cooperation', () => {
    expect(sortedCodes('Chile suspended its trade and energy agreements with Peru.')).toEqual(['CHL>PER REJECT']);
    expect(sortedCodes('Chile froze its military, economic and cultural cooperation with Peru.')).toEqual(['CHL>PER SANCTION']);
  });
});

describe('event constructions: warning a state of a risk', () => {
  it('reads a warning to a named state of a risk as a threat, and a warning of a risk to no one as no event', () => {
    expect(sortedCodes('Chile warned Peru of the risk of escalation.')).toEqual(['CHL>PER THREATEN']);
    expect(sortedCodes('Chile warned of the risk of inflation.')).toEqual([]);
  });
});

describe('event constructions: force used together, labels after the object, and deeds credited "for"', () => {
  it('reads force two states use together on an object that is no state as their cooperation, not a fight', () => {
    expect(sortedCodes('Chilean and Peruvian troops attacked the rebel camps.')).toEqual([
      'CHL>PER COOPERATE',
      'PER>CHL COOPERATE',
    ]);
    expect(sortedCodes('Chilean and Peruvian troops clashed near the border.')).toEqual(['CHL>PER ASSAULT', 'PER>CHL ASSAULT']);
  });

  it('reads a hostile label opened by "the" after the object as criticism, not as a telephone call', () => {
    expect(sortedCodes('Chile called the Peruvian deployment the biggest threat in decades.')).toEqual(['CHL>PER ACCUSE']);
  });

  it('reads the one praised or thanked for a deed as its doer, and a thanked help as given to the one thanking', () => {
    expect(sortedCodes('Chile lauded Peru for supporting Bolivia’s reforms.')).toEqual(['CHL>PER SUPPORT', 'PER>BOL SUPPORT']);
    expect(sortedCodes('Chile thanked Peru for sending an envoy.')).toEqual(['CHL>PER SUPPORT', 'PER>CHL CONSULT']);
    expect(sortedCodes('Chile criticised Peru for supporting the rebels.')).toEqual(['CHL>PER ACCUSE']);
  });
});

describe('event constructions: envoys summoned and recalled, lists closed by others, parties a talk involves', () => {
  it('reads what an envoy is summoned to hear as said by the state that summoned them, and as done', () => {
    expect(sortedCodes('Chile summoned the Peruvian ambassador, Jorge Salas, to demand an explanation.')).toEqual([
      'CHL>PER ACCUSE',
      'CHL>PER REQUEST',
    ]);
  });

  it('reads the recall of a state’s envoy as that state’s sanction of the state the envoy is posted to', () => {
    expect(sortedCodes('The recall of Chile’s ambassador to Peru was announced on Monday.')).toEqual(['CHL>PER SANCTION']);
  });

  it('reads no act ended across a word that opens an adjunct ("cut ties after accusations")', () => {
    expect(coded('Bolivia cut ties after accusations that Peru armed the rebels.')).not.toContain('BOL>PER YIELD');
  });

  it('reads a list of states closed by "and several other countries" as a coordinated subject', () => {
    expect(sortedCodes('Chile, Peru, Bolivia and several other countries voiced support for Ecuador.')).toEqual([
      'BOL>ECU SUPPORT',
      'CHL>ECU SUPPORT',
      'PER>ECU SUPPORT',
    ]);
  });

  it('reads the states a joint act noun is said to involve as its parties', () => {
    expect(sortedCodes('Talks involving Chile, Peru and Bolivia ended without progress.')).toEqual([
      'BOL>CHL CONSULT',
      'BOL>PER CONSULT',
      'CHL>BOL CONSULT',
      'CHL>PER CONSULT',
      'PER>BOL CONSULT',
      'PER>CHL CONSULT',
    ]);
  });
});

describe('event constructions: titles before a short name, honorifics between conjuncts, a deed that drew a state’s anger', () => {
  it('reads a listed short name after an abbreviated title ("PM Abiy") as that office holder', () => {
    expect(sortedCodes('PM Abiy flew to Asmara for talks with the Eritrean president.', '2019-03-01')).toEqual([
      'ETH>ERI CONSULT',
    ]);
  });

  it('reads "Mr X and Mr Y" as two coordinated subjects', () => {
    expect(sortedCodes('Both Mr Kagame and Mr Museveni thanked Kenya.', '2019-03-01')).toEqual([
      'RWA>KEN SUPPORT',
      'UGA>KEN SUPPORT',
    ]);
  });

  it('reads a trip that drew a state’s ire as that state’s disapproval of the traveller', () => {
    expect(sortedCodes('The Chilean president toured Taiwan, a trip that drew China’s ire.')).toEqual([
      'CHL>TWN CONSULT',
      'CHN>CHL ACCUSE',
    ]);
  });
});

describe('event constructions: a phrase in quotation marks after a long object, and the subject of a later gerund', () => {
  it('reads an envoy declared “persona non grata” after a long object as expelled', () => {
    expect(sortedCodes('Bolivia declared Chile’s ambassador to La Paz “persona non grata”.')).toEqual(['BOL>CHL SANCTION']);
  });

  it('reads no target in a name that opens a gerund clause of its own after "and"', () => {
    expect(sortedCodes('Ecuador came under pressure, with Chile suspending aid and Bolivia delaying a loan.')).toEqual([]);
  });
});

describe('event constructions: what a cause made another begin, and "his country" in reported words', () => {
  it('reads a withdrawal a state was prompted to begin as made toward the state that prompted it', () => {
    expect(
      sortedCodes('Bolivia ended its military cooperation with Chile, prompting Santiago to begin withdrawing its advisers.'),
    ).toEqual(['BOL>CHL SANCTION', 'CHL>BOL YIELD']);
  });

  it('reads "his country" in the words of a state’s officer as that state', () => {
    expect(sortedCodes('Chile’s army chief said his country had deployed troops in Bolivia.')).toEqual(['CHL>BOL AID']);
  });
});

describe('event constructions: words a speaker did not say, and a speaker before a relative clause', () => {
  it('reads an act reported by a negated verb of saying as not asserted', () => {
    const { events } = analyze({ id: 'not-said', text: 'Chile has not said it will attack Peru.', published: '2023-05-10' });
    expect(events.map((e) => `${e.source}>${e.target}`)).toEqual(['CHL>PER']);
    expect(events.every((e) => e.negated)).toBe(true);
    expect(sortedCodes('Chile did not indicate it would recall its ambassador from Peru.')).toEqual([]);
  });

  it('reads "it" opening the words of a speaker set off by a relative clause as the speaker', () => {
    expect(
      sortedCodes(
        'Ecuador, which has long stayed neutral in the dispute between Chile and Bolivia, announced Monday it will hold joint drills with Peru.',
      ),
    ).toEqual(['ECU>PER COOPERATE', 'PER>ECU COOPERATE']);
  });
});

describe('event constructions: an ending across a possessive name, and demands reported by a third party', () => {
  it('reads the end of a state’s named hostile act as its concession', () => {
    const codes = sortedCodes('The two sides signed a deal to end Peru’s incursion into Bolivia.');
    expect(codes).toContain('PER>BOL YIELD');
    expect(codes).not.toContain('PER>BOL ASSAULT');
  });

  it('reads no charge by a speaker who only reports another state’s demand', () => {
    expect(coded('Bolivian officials said Chile urged La Paz to comply with Peru’s request.')).not.toContain('BOL>CHL ACCUSE');
    expect(coded('Bolivian officials said Chile urged La Paz to comply with Peru’s request.')).toContain('CHL>BOL REQUEST');
  });
});

describe('event constructions: a joint statement', () => {
  it('reads a joint declaration issued with others as an agreement both ways', () => {
    expect(sortedCodes('Chile issued a joint declaration with Peru and Bolivia.')).toEqual([
      'BOL>CHL SUPPORT',
      'CHL>BOL SUPPORT',
      'CHL>PER SUPPORT',
      'PER>CHL SUPPORT',
    ]);
  });
});

describe('event constructions: a protest note past an indirect object, people held in another state, acts feared', () => {
  it('reads a worded protest note handed to a state’s envoy as disapproval, not cooperation', () => {
    expect(sortedCodes('Chile handed Peru’s ambassador a sharply worded protest note.')).toEqual(['CHL>PER ACCUSE']);
  });

  it('reads a state’s officers arrested in another state as held by that state', () => {
    expect(sortedCodes('Three Bolivian officers detained on spying charges in Chile have returned to La Paz.')).toEqual([
      'CHL>BOL COERCE',
    ]);
  });

  it('reads an act others fear a state will do as not done', () => {
    expect(sortedCodes('Officials fear that Chile will attack Peru.')).toEqual([]);
  });
});

describe('event constructions: a gerund that qualifies a common noun', () => {
  it('reads a gerund right after a common noun as that noun’s act, and the name after it as the gerund’s', () => {
    // the militias attack Peru; Chile condemns the militias, no state
    expect(sortedCodes('Chile condemned the militias attacking Peru.')).toEqual([]);
    expect(sortedCodes('Peru blamed Chile and unnamed foreign groups backing it for the unrest.')).toEqual(['PER>CHL ACCUSE']);
  });
});

describe('event constructions: a subject joined to "the leaders of" other states', () => {
  it('reads "X and the leaders of Y and Z agreed" as an agreement among the three', () => {
    expect(sortedCodes('The Chilean president and the leaders of Peru and Bolivia agreed on Friday to expand trade.')).toEqual([
      'BOL>CHL AGREE',
      'BOL>PER AGREE',
      'CHL>BOL AGREE',
      'CHL>PER AGREE',
      'PER>BOL AGREE',
      'PER>CHL AGREE',
    ]);
  });
});

describe('event constructions: tribute paid', () => {
  it('reads tribute paid to a state or its deeds as praise, and tribute to victims as no act between states', () => {
    expect(sortedCodes('Chile paid tribute to Peru’s reforms.')).toEqual(['CHL>PER SUPPORT']);
    expect(sortedCodes('Chile paid tribute to the victims.')).toEqual([]);
  });
});

describe('event constructions: defence against a state, threats carried out, an envoy named with the post', () => {
  it('reads a vow to defend against a state’s attack as a threat to it, not a promise', () => {
    expect(sortedCodes('Bolivia deployed troops to its border, pledging to defend against any Chilean incursion.')).toEqual([
      'BOL>CHL THREATEN',
    ]);
  });

  it('reads the act of a threat carried out as done', () => {
    expect(counted('Peru responded by following through on its threat to slap tariffs on Chilean wine.')).toContainEqual(
      expect.objectContaining({ source: 'PER', target: 'CHL', category: 'COERCE' }),
    );
  });

  it('reads a protest note handed to an envoy named with the post as disapproval', () => {
    expect(sortedCodes('Chile handed Peru’s ambassador in Santiago a sharply worded protest note.')).toEqual(['CHL>PER ACCUSE']);
  });
});

describe('event constructions: measures aimed at a country’s firms', () => {
  it('reads sanctions or tariffs on a country’s banks, companies or producers as aimed at that country', () => {
    expect(sortedCodes('Chile imposed sanctions on Peruvian banks.')).toEqual(['CHL>PER COERCE']);
    expect(sortedCodes('Chile hit Peruvian fruit producers with tariffs.')).toEqual(['CHL>PER COERCE']);
    // a deal a country's firms sign is theirs, not the state's
    expect(sortedCodes('Peruvian companies signed a deal with Chile.')).toEqual(['PERBUS>CHL COOPERATE']);
  });
});

describe('event constructions: ending an accord by name, taking part in a measure, an inverted condition', () => {
  it('reads the suspension, termination or cancellation of an accord as a hostile act, once', () => {
    expect(sortedCodes('Chile announced the suspension of its fisheries treaty with Peru.')).toEqual(['CHL>PER REJECT']);
    expect(sortedCodes('Chile announced the termination of the trade pact with Peru.')).toEqual(['CHL>PER REJECT']);
    expect(sortedCodes('Chile announced the cancellation of its trade agreement with Peru.')).toEqual(['CHL>PER REJECT']);
    // a treaty cancelled is cut, not threatened
    expect(sortedCodes('Chile cancelled its trade agreement with Peru.')).toEqual(['CHL>PER SANCTION']);
  });

  it('reads a deal or an accord struck as an agreement, not a strike', () => {
    expect(sortedCodes('Chile struck a trade pact with Peru.')).toEqual(['CHL>PER SUPPORT', 'PER>CHL SUPPORT']);
    expect(all('Chile would soon strike an accord with Peru.').map((e) => e.polarity)).not.toContain('conflictual');
  });

  it('reads joining a measure as taking it, with the measure’s leader still its author', () => {
    expect(sortedCodes('Chile joined the sanctions against Peru.')).toEqual(['CHL>PER COERCE']);
    expect(sortedCodes('Last year Chile joined a Brazilian-led boycott of Peru.')).toEqual(['BRA>PER COERCE', 'CHL>PER COERCE']);
    // a name before a hyphen and a participle only qualifies the noun: no indirect object
    expect(sortedCodes('Chile signed a Brazilian-drafted accord with Peru.')).toEqual(['CHL>PER SUPPORT', 'PER>CHL SUPPORT']);
  });

  it('reads an act after "should" or "were" before its subject as a condition, not a deed', () => {
    expect(coded('Peru said its forces would respond should Chile attack any Peruvian town.')).not.toContain('CHL>PER ASSAULT');
    expect(coded('Were Chile to attack Peru, Bolivia would respond.')).not.toContain('CHL>PER ASSAULT');
  });

  it('reads a head of mission summoned to hear a protest as the summoner’s protest', () => {
    expect(sortedCodes('The Chilean foreign ministry summoned the Peruvian head of mission to protest.')).toEqual([
      'CHL>PER ACCUSE',
      'CHL>PER PROTEST',
    ]);
  });
});

describe('event constructions: a country’s people and craft, concern voiced, a truce, a mediator', () => {
  it('reads force or coercion used on another country’s people or craft as used on that country', () => {
    expect(sortedCodes('Chile arrested 21 Peruvian fishermen and seized two Peruvian trawlers.')).toEqual(['CHL>PER COERCE']);
    expect(sortedCodes('Chile released 20 Peruvian fishermen.')).toEqual(['CHL>PER YIELD']);
    expect(sortedCodes('Peru seized two Chilean oil tankers.')).toEqual(['PER>CHL COERCE']);
    // a firm is no craft: a fine on a company stays the company's
    expect(sortedCodes('Peru fined a Chilean mining company.')).toEqual(['PER>CHLBUS COERCE']);
    // (nor are a rebel group's victims its country's target)
    expect(sortedCodes('Chilean rebels killed two Peruvian civilians.')).toEqual(['CHLREB>PERCVL ASSAULT']);
  });

  it('reads concern voiced over a state’s deed as disapproval of that state', () => {
    expect(sortedCodes('Peru voiced concern over Chile’s military drills.')).toEqual(['PER>CHL ACCUSE']);
    expect(sortedCodes('Peru expressed deep concern after Chile moved troops to the border.')).toEqual(['PER>CHL ACCUSE']);
  });

  it('reads money marked with a country’s currency sign as money, not that country', () => {
    expect(sortedCodes('Bolivia got US$3 billion from Chile last year.')).toEqual(['CHL>BOL AID']);
  });

  it('reads a truce two parties sign as both sides’ act, and the one who brokered or mediated it as meeting each', () => {
    expect(sortedCodes('Peru and Bolivia signed a truce.')).toEqual(['BOL>PER YIELD', 'PER>BOL YIELD']);
    expect(sortedCodes('Peru signed a ceasefire with Bolivia.')).toEqual(['BOL>PER YIELD', 'PER>BOL YIELD']);
    expect(sortedCodes('Peru and Bolivia signed a truce brokered by Chile.')).toEqual([
      'BOL>PER YIELD',
      'CHL>BOL CONSULT',
      'CHL>PER CONSULT',
      'PER>BOL YIELD',
    ]);
    expect(sortedCodes('Peru and Bolivia held talks mediated by Chile.')).toEqual([
      'BOL>PER CONSULT',
      'CHL>BOL CONSULT',
      'CHL>PER CONSULT',
      'PER>BOL CONSULT',
    ]);
  });
});

describe('event constructions: the topic of a joint act, a measure put on a condition', () => {
  it('reads a name that only qualifies the topic of its subjects’ joint act as no party to it', () => {
    expect(sortedCodes('Egypt, Israel and Qatar held inconclusive talks on a Sudan peace deal.')).toEqual([
      'EGY>ISR CONSULT',
      'EGY>QAT CONSULT',
      'ISR>EGY CONSULT',
      'ISR>QAT CONSULT',
      'QAT>EGY CONSULT',
      'QAT>ISR CONSULT',
    ]);
    expect(sortedCodes('Egypt and Qatar held talks on Monday on a Yemen truce deal.')).toEqual([
      'EGY>QAT CONSULT',
      'QAT>EGY CONSULT',
    ]);
    // a party named after "with" stays one
    expect(sortedCodes('Egypt and Qatar held talks with Sudan.')).toEqual([
      'EGY>SDN CONSULT',
      'QAT>SDN CONSULT',
      'SDN>EGY CONSULT',
      'SDN>QAT CONSULT',
    ]);
  });

  it('reads a hostile measure its doer puts on a condition as a threat, made to the subject of the condition', () => {
    expect(sortedCodes('Chile said it would halt its aid unless Peru stopped arming the rebels.')).toEqual(['CHL>PER THREATEN']);
    expect(sortedCodes('The US will impose tariffs on Mexico if the flow of migrants continues.')).toEqual(['USA>MEX THREATEN']);
    // a condition with no state in it names no one threatened
    expect(sortedCodes('Chile will cut aid if it rains.')).toEqual([]);
  });
});

describe('event constructions: counterparts by post, envoys called in, supporters set off, an opening adjunct', () => {
  it('reads a counterpart named by the capital of the post as that state', () => {
    expect(sortedCodes('The Bolivian minister met his counterpart in Lima.')).toEqual(['BOL>PER CONSULT']);
    expect(sortedCodes('Bolivia’s envoy met for talks with her counterpart in Santiago.')).toEqual(['BOL>CHL CONSULT']);
  });

  it('reads an envoy called in as one summoned', () => {
    expect(sortedCodes('Chile called in the Peruvian ambassador on Friday.')).toEqual(['CHL>PER ACCUSE']);
  });

  it('reads a state set off by commas with a participle and its agent as the one the agent acts on', () => {
    expect(sortedCodes('Bolivia, backed by Chile and Peru, turned down the offer.')).toEqual([
      'CHL>BOL SUPPORT',
      'PER>BOL SUPPORT',
    ]);
  });

  it('finds the subject of a clause after an opening adjunct that names no actor', () => {
    expect(sortedCodes('To calm the dispute, a senior diplomat from Chile’s foreign ministry met Bolivian officials.')).toEqual([
      'CHL>BOL CONSULT',
    ]);
  });
});

describe('event constructions: stopping a hostile deed, envoys expelled', () => {
  it('reads stopping a hostile deed, done or promised, as yielding, and keeps a coordinated verb apart', () => {
    expect(sortedCodes('Bolivia and Chile said they would stop shelling each other.')).toEqual([
      'BOL>CHL YIELD',
      'CHL>BOL YIELD',
    ]);
    expect(sortedCodes('Chile ceased shelling Bolivian villages.')).toEqual(['CHL>BOL YIELD']);
    // (still shelling is still an attack)
    expect(sortedCodes('Chile kept shelling Bolivian villages.')).toEqual(['CHL>BOL ASSAULT']);
    // a verb after "and" is its own, not one the stop reaches
    expect(sortedCodes('Chile stopped attacking Bolivia and opened talks.')).toEqual([
      'BOL>CHL CONSULT',
      'CHL>BOL CONSULT',
      'CHL>BOL YIELD',
    ]);
  });

  it('reads an envoy expelled as a cut in relations, by the state that reports it when no agent is named', () => {
    expect(sortedCodes('Chile expelled the Bolivian consul.')).toEqual(['CHL>BOL SANCTION']);
    expect(sortedCodes('Chile said Bolivia’s ambassador was declared persona non-grata on Friday.')).toEqual([
      'CHL>BOL SANCTION',
    ]);
    // (one's own envoy expelled names no expeller)
    expect(sortedCodes('Bolivia said its ambassador had been expelled.')).toEqual([]);
  });
});

describe('event constructions: hostile answers, close passes and condolences', () => {
  it('reads a hostile answer with no party named as aimed at the one whose deed it follows', () => {
    expect(sortedCodes('Bolivia returned fire after Chilean troops shelled a Bolivian border post.')).toEqual([
      'BOL>CHL ASSAULT',
      'CHL>BOL ASSAULT',
    ]);
    expect(sortedCodes('Bolivia hit back after Chilean jets bombed a Bolivian base.')).toEqual([
      'BOL>CHL ASSAULT',
      'CHL>BOL ASSAULT',
    ]);
    // (a deed done to a third state is no deed the answer answers)
    expect(sortedCodes('Bolivia retaliated after Chilean troops shelled Peruvian posts.')).toEqual(['CHL>PER ASSAULT']);
  });

  it('reads a jet buzzing or intercepting another state’s craft as coercion', () => {
    expect(sortedCodes('A Chilean fighter jet buzzed a Bolivian patrol plane.')).toEqual(['CHL>BOL COERCE']);
    expect(sortedCodes('Chile intercepted a Bolivian cargo ship.')).toEqual(['CHL>BOL COERCE']);
  });

  it('reads condolences, sympathies and congratulations as support', () => {
    expect(sortedCodes('Chile sent congratulations to Bolivia’s new president.')).toEqual(['CHL>BOL SUPPORT']);
    expect(sortedCodes('Chile extended its sympathies to the Bolivian government.')).toEqual(['CHL>BOL SUPPORT']);
  });
});

describe('event constructions: claims, deals announced between others, acts prevented, nouns after "has"', () => {
  it('reads a claim that another did something as a charge, and a claim to a place as none', () => {
    expect(sortedCodes('Bolivia has denied claims by Chile that it was interfering in Peru’s elections.')).toEqual([
      'BOL>CHL REJECT',
      'CHL>BOL ACCUSE',
    ]);
    expect(sortedCodes('Bolivia rejected Chile’s claims over the atoll.')).toEqual(['BOL>CHL REJECT']);
  });

  it('reads a joint act announced between two others as theirs', () => {
    expect(sortedCodes('Peru announced a normalisation deal between Chile and Bolivia.')).toEqual([
      'BOL>CHL SUPPORT',
      'CHL>BOL SUPPORT',
    ]);
    // (one the announcer is party to stays its own)
    expect(sortedCodes('Peru announced a trade deal with Chile.')).toEqual(['CHL>PER COOPERATE', 'PER>CHL COOPERATE']);
  });

  it('reads an act kept from happening as not done', () => {
    expect(sortedCodes('The new hotline is meant to prevent accidental clashes between Chilean and Bolivian forces.')).toEqual(
      [],
    );
  });

  it('reads a plural noun after "has" as its object, not a verb', () => {
    expect(sortedCodes('Chile has disputes with neighbours such as Peru and Bolivia over fishing grounds.')).toEqual([]);
  });
});

describe('event constructions: a visit named in a time adjunct', () => {
  it('reads a visit in an adjunct of the clause as made by or to the clause’s subject', () => {
    expect(sortedCodes('Bolivia’s president fell ill during a visit to Chile.')).toEqual(['BOL>CHL CONSULT']);
    expect(sortedCodes('Bolivia’s minister spoke during a visit by the Chilean president.')).toEqual(['CHL>BOL CONSULT']);
  });
});

describe('event constructions: credentials and courts', () => {
  it('reads credentials presented as a consultation and a state taken to court as a charge', () => {
    expect(sortedCodes('The Bolivian ambassador presented her credentials to the Chilean president.')).toEqual([
      'BOL>CHL CONSULT',
    ]);
    expect(sortedCodes('Bolivia took Chile to the world court over sea access.')).toEqual(['BOL>CHL ACCUSE']);
  });
});
