import { describe, expect, it } from 'vitest';
import codesJson from '../../../resources/lexicon/codes.json' with { type: 'json' };
import nounsJson from '../../../resources/lexicon/nouns.json' with { type: 'json' };
import verbsJson from '../../../resources/lexicon/verbs.json' with { type: 'json' };
import { compileActs, compileCategories, rawCategories } from '../../../electron/core/analysis/lexicon/verb-data';
import { verbLexicon, type CodedAct } from '../../../electron/core/analysis/lexicon/verbs';

const lexicon = verbLexicon();
const words = (text: string): string[] => (text ? text.split(' ') : []);

/** Codes the verb form as the coder does: look it up, then match the words after (and before) it. */
function coded(form: string, after: string, before?: string): CodedAct | null {
  const sense = lexicon.lookup(form);
  if (!sense) return null;
  return lexicon.code(sense.lemma, words(after), before === undefined ? undefined : words(before));
}

describe('verb lexicon: forms', () => {
  it('knows inflected forms, regular and irregular, with their lemma and family', () => {
    expect(lexicon.lookup('extradited')).toMatchObject({ lemma: 'extradite', family: 'EXTRADITE' });
    expect(lexicon.lookup('gave')).toMatchObject({ lemma: 'give' });
    expect(lexicon.lookup('given')).toMatchObject({ lemma: 'give' });
    expect(lexicon.lookup('met')).toMatchObject({ lemma: 'meet' });
    expect(lexicon.lookup('urges')).toMatchObject({ lemma: 'urge' });
    expect(lexicon.lookup('banned')).toMatchObject({ lemma: 'ban' });
    expect(lexicon.lookup('supplied')).toMatchObject({ lemma: 'supply' });
    expect(lexicon.lookup('sought')).toMatchObject({ lemma: 'seek' });
    expect(lexicon.lookup('understood')).toMatchObject({ lemma: 'understand' });
    expect(lexicon.lookup('understanded')).toBeNull();
    expect(lexicon.lookup('Threatening')).toMatchObject({ lemma: 'threaten' });
  });

  it('accepts British and American spellings', () => {
    expect(lexicon.lookup('criticised')).toMatchObject({ family: 'DENOUNCE' });
    expect(lexicon.lookup('criticized')).toMatchObject({ family: 'DENOUNCE' });
    expect(lexicon.lookup('mobilised')).toMatchObject({ family: 'MOBILIZE' });
    expect(lexicon.lookup('mobilized')).toMatchObject({ family: 'MOBILIZE' });
    expect(lexicon.lookup('cancelled')).toMatchObject({ lemma: 'cancel' });
    expect(lexicon.lookup('canceled')).toMatchObject({ lemma: 'cancel' });
    expect(lexicon.lookup('signalled')).toMatchObject({ lemma: 'signal' });
    expect(lexicon.lookup('signaled')).toMatchObject({ lemma: 'signal' });
    expect(lexicon.lookup('expeled')).toBeNull();
  });

  it('knows nothing of words that are not verbs of the dictionary', () => {
    expect(lexicon.lookup('zebra')).toBeNull();
    expect(lexicon.lookup('')).toBeNull();
    expect(lexicon.code('zebra', ['a', 'grant'])).toBeNull();
    expect(lexicon.noun('zebra')).toBeNull();
  });
});

describe('verb lexicon: coding', () => {
  it('codes an extradition as judicial cooperation', () => {
    const act = coded('extradited', 'a suspected hacker to portugal');
    expect(act).toMatchObject({ code: '063', category: 'COOPERATE', polarity: 'cooperative', quad: 'material cooperation' });
  });

  it('codes criticism in either spelling as an accusation', () => {
    for (const form of ['criticised', 'criticized', 'condemned']) {
      expect(coded(form, 'the decision'), form).toMatchObject({ category: 'ACCUSE', polarity: 'conflictual' });
    }
  });

  it('reads the object of a light verb: a grant given is aid', () => {
    expect(lexicon.code('give', ['a', 'grant'])).toMatchObject({ code: '071', category: 'AID', matched: 1 });
    const act = coded('gave', 'kenya a grant of 40 million dollars');
    expect(act).toMatchObject({ category: 'AID', polarity: 'cooperative', modality: 'material' });
    // The bare verb is only its family default: material cooperation, not aid.
    expect(coded('gave', '')).toMatchObject({ category: 'COOPERATE', matched: 0 });
  });

  it('codes urging as a conflictual request, verbal conflict as PLOVER classes it', () => {
    const act = coded('urged', 'the philippines to immediately stop infringement and provocations');
    expect(act).toMatchObject({ category: 'REQUEST', polarity: 'conflictual', quad: 'verbal conflict', modality: 'verbal' });
  });

  it('codes threats, meetings, visits and sanctions', () => {
    expect(coded('threatened', 'retaliation')).toMatchObject({ category: 'THREATEN', polarity: 'conflictual' });
    expect(coded('gave', 'the company a may 15 deadline to leave')).toMatchObject({ code: '139', category: 'THREATEN' });
    expect(coded('met', 'his counterpart')).toMatchObject({ category: 'CONSULT', polarity: 'cooperative' });
    // PLOVER reads imposed sanctions and embargoes as coercion (CAMEO2PLOVER: 163 COERCE), cutting ties or aid as SANCTION
    expect(coded('imposed', 'sanctions on iran')).toMatchObject({ code: '163', category: 'COERCE' });
    expect(coded('imposed', 'new tariffs on')).toMatchObject({ category: 'COERCE' });
  });

  it('weighs an act by its Goldstein weight, signed as its polarity', () => {
    expect(coded('gave', 'a grant')).toMatchObject({ intensity: 7.4, goldstein: 7.4 });
    expect(lexicon.act('190')).toMatchObject({ intensity: -10, goldstein: -10 });
    // Appeals weigh +3 on the Goldstein scale, but PLOVER counts a request as conflict.
    expect(coded('urged', 'the philippines to stop')).toMatchObject({ intensity: -3, goldstein: 3, polarity: 'conflictual' });
    expect(coded('said', '')).toMatchObject({ intensity: 0, polarity: 'neutral' });
    for (const code of Object.keys(codesJson.codes)) {
      const act = lexicon.act(code);
      expect(Math.sign(act.intensity), code).toBe(act.polarity === 'cooperative' ? 1 : act.polarity === 'conflictual' ? -1 : 0);
    }
    expect(lexicon.act('071').name).toMatch(/economic aid/i);
  });

  it('prefers the most specific pattern', () => {
    const plain = coded('asked', 'for help');
    const specific = coded('asked', 'japan for financial aid');
    expect(plain).toMatchObject({ category: 'REQUEST' });
    expect(specific).toMatchObject({ code: '0231', category: 'REQUEST' });
    expect(specific!.matched).toBeGreaterThan(plain!.matched);
  });

  it('reads a visit as going both ways and a court appearance as the court acting', () => {
    const visit = coded('visited', 'beijing');
    expect(visit).toMatchObject({ code: '042', category: 'CONSULT', reverse: '043', inverted: false });
    const trial = coded('appeared', 'before the court');
    expect(trial).toMatchObject({ category: 'COERCE', inverted: true });
  });

  it('codes multi-word verbs by their particles', () => {
    expect(coded('called', 'off the talks with')).toMatchObject({ category: 'SANCTION' });
    expect(coded('called', 'for a ceasefire')).toMatchObject({ category: 'REQUEST' });
    expect(coded('called', 'the minister')).toMatchObject({ category: 'CONSULT' });
  });

  it('matches words before the verb for patterns that have them', () => {
    expect(coded('staged', 'exercises', 'the military')).toMatchObject({ code: '062', category: 'COOPERATE', compound: false });
    expect(coded('staged', 'exercises', 'the students')).toBeNull();
  });

  it('prefers a pattern word as written over its singular or plural', () => {
    // The dictionary codes "lift sanction" as an intent and "lift sanctions" as easing them.
    expect(coded('lifted', 'sanctions on iran')).toMatchObject({ code: '085', category: 'YIELD' });
    expect(coded('lifted', 'the sanction')).toMatchObject({ code: '0351', category: 'AGREE' });
  });

  it('codes cutting aid as sanctioning and a veto as rejecting', () => {
    expect(coded('reduced', 'military aid to')).toMatchObject({ code: '162', category: 'SANCTION' });
    expect(coded('vetoed', '')).toMatchObject({ code: '129', category: 'REJECT' });
  });

  it('codes a verb of saying by itself, never by the statement it reports', () => {
    expect(coded('said', 'the agency supports the plans')).toMatchObject({ category: 'STATEMENT', matched: 0 });
    expect(coded('told', 'reporters the sanctions would stay')).toMatchObject({ category: 'STATEMENT', matched: 0 });
  });

  it('codes nothing for a generic verb alone, but its phrases still count', () => {
    for (const form of ['thought', 'expected', 'died', 'headed', 'faced', 'took', 'added']) {
      expect(coded(form, ''), form).toBeNull();
    }
    expect(coded('took', 'control of the city')).toMatchObject({ code: '192', category: 'COERCE' });
    expect(coded('decided', 'to withdraw')).toMatchObject({ category: 'AGREE', matched: 2 });
  });

  it('codes an averted attack as no event at all', () => {
    expect(coded('averted', 'an attack')).toBeNull();
  });

  it('leaves an infinitive and its object to the infinitive verb', () => {
    expect(coded('agreed', 'to impose sanctions')).toMatchObject({ category: 'AGREE', matched: 0 });
    expect(coded('impose', 'sanctions')).toMatchObject({ category: 'COERCE' });
    expect(coded('agreed', 'to a peace plan')).toMatchObject({ category: 'AGREE', matched: 3 });
    expect(coded('accused', 'the opposition of plotting a coup')).toMatchObject({ code: '112', matched: 0 });
  });

  it("keeps a verb's polarity against a phrase its block wrote for another verb", () => {
    // APPREHEND holds "take part" (cooperation) for "take"; "seized parts of" stays a seizure
    expect(coded('took', 'part in the talks')).toMatchObject({ category: 'AGREE' });
    expect(coded('seized', 'parts of the province')).toMatchObject({ category: 'COERCE' });
  });

  it('prefers a pattern written for the verb over one its family shares from another verb', () => {
    // VERBAL_CONFLICT holds both "debate sanctions" (a consultation) and "oppose sanctions" (defending the target).
    expect(coded('debated', 'the sanctions')).toMatchObject({ code: '040' });
    expect(coded('opposed', 'the sanctions')).toMatchObject({ code: '052' });
  });

  it('keeps to the clause of the verb', () => {
    expect(coded('gave', 'a speech, and a grant')).toMatchObject({ category: 'COOPERATE', matched: 0 });
    expect(coded('gave', 'a speech and a grant')).toMatchObject({ category: 'COOPERATE', matched: 0 });
    expect(coded('gave', 'a grant.')).toMatchObject({ category: 'AID' });
    expect(coded('gave', '"a grant"')).toMatchObject({ category: 'AID' });
    // A quotation mark standing alone is passed over and still counts as a position of the caller's tokens.
    expect(coded('gave', 'kenya " a grant "')).toMatchObject({ category: 'AID', span: 4 });
  });
});

describe('verb lexicon: nominal events', () => {
  it('codes event nouns in the singular and the plural', () => {
    expect(lexicon.noun('sanctions')).toMatchObject({ code: '163', category: 'COERCE', polarity: 'conflictual' });
    expect(lexicon.noun('sanction')).toMatchObject({ category: 'COERCE' });
    expect(lexicon.noun('Grant')).toMatchObject({ category: 'AID' });
    expect(lexicon.noun('loans')).toMatchObject({ category: 'AID' });
    expect(lexicon.noun('talks')).toMatchObject({ category: 'CONSULT' });
    expect(lexicon.noun('visit')).toMatchObject({ category: 'CONSULT' });
    expect(lexicon.noun('attacks')).toMatchObject({ category: 'ASSAULT' });
    expect(lexicon.noun('treaty')).toMatchObject({ category: 'SUPPORT' });
    expect(lexicon.noun('accord')).toMatchObject({ category: 'SUPPORT' });
    expect(lexicon.noun('criticism')).toMatchObject({ category: 'ACCUSE' });
    expect(lexicon.noun('threats')).toMatchObject({ category: 'THREATEN' });
    expect(lexicon.noun('protest')).toMatchObject({ category: 'PROTEST' });
    expect(lexicon.noun('embargoes')).toMatchObject({ category: 'COERCE' });
    expect(lexicon.noun('invasion')).toMatchObject({ category: 'ASSAULT' });
    expect(lexicon.noun('extradition')).toMatchObject({ category: 'COOPERATE' });
    expect(lexicon.noun('request')).toMatchObject({ category: 'REQUEST', polarity: 'conflictual' });
  });

  it('does not treat objects as events', () => {
    for (const word of ['dollar', 'tank', 'letter', 'statement', 'table', 'march', 'fine'])
      expect(lexicon.noun(word), word).toBeNull();
  });
});

describe('verb lexicon: categories', () => {
  const expected =
    'AGREE CONSULT SUPPORT COOPERATE AID YIELD REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT STATEMENT'.split(
      ' ',
    );

  it('declares every category the coder can emit, with polarity, quad class and modality', () => {
    expect(
      lexicon
        .categories()
        .map((c) => c.name)
        .sort(),
    ).toEqual([...expected].sort());
    const conflict = expected.slice(6, 15);
    for (const name of expected) {
      const record = lexicon.category(name);
      expect(record.polarity, name).toBe(
        name === 'STATEMENT' ? 'neutral' : conflict.includes(name) ? 'conflictual' : 'cooperative',
      );
    }
    expect(lexicon.category('REQUEST').quad).toBe('verbal conflict');
    expect(lexicon.category('AID').quad).toBe('material cooperation');
    expect(lexicon.category('ASSAULT').modality).toBe('material');
  });

  it('throws on an undeclared category instead of defaulting', () => {
    expect(() => lexicon.category('FIGHT')).toThrow(/undeclared event category FIGHT/);
    const undeclared = { ...rawCategories, codes: { ...rawCategories.codes, '19': 'FIGHT' } };
    expect(() => compileActs(compileCategories(undeclared), undeclared.codes)).toThrow(/undeclared category FIGHT/);
    const noPolarity = { ...rawCategories, categories: { ...rawCategories.categories, DETER: { quad: 'verbal conflict' } } };
    expect(() => compileCategories(noPolarity)).toThrow(/DETER has no declared polarity/);
  });

  it('maps CAMEO roots and sub-codes to PLOVER categories', () => {
    const categoryOf = (code: string): string => lexicon.act(code).category;
    expect(categoryOf('020')).toBe('REQUEST');
    expect(categoryOf('100')).toBe('REQUEST');
    expect(categoryOf('030')).toBe('AGREE');
    // an intent to meet is an agreement (root 03); an invitation to meet is cooperative, not a demand
    expect(categoryOf('036')).toBe('AGREE');
    expect(categoryOf('026')).toBe('CONSULT');
    expect(lexicon.act('026').polarity).toBe('cooperative');
    expect(categoryOf('051')).toBe('SUPPORT');
    // signing a formal agreement is diplomatic cooperation (root 05)
    expect(categoryOf('057')).toBe('SUPPORT');
    expect(categoryOf('080')).toBe('YIELD');
    expect(categoryOf('090')).toBe('ACCUSE');
    expect(categoryOf('010')).toBe('STATEMENT');
    expect(categoryOf('163')).toBe('COERCE');
    expect(categoryOf('161')).toBe('SANCTION');
    expect(categoryOf('050')).toBe('SUPPORT');
    expect(categoryOf('175')).toBe('ASSAULT');
    expect(categoryOf('195')).toBe('ASSAULT');
    expect(() => lexicon.act('999')).toThrow(/unknown CAMEO code 999/);
  });

  it('gives every code the data files use a declared category', () => {
    const used = new Set<string>(Object.values(nounsJson.nouns));
    const text = JSON.stringify(verbsJson.families);
    for (const m of text.matchAll(/"(?:code|reverse)":"(\d+)"/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(200);
    for (const code of used) {
      expect(codesJson.codes, code).toHaveProperty(code);
      expect(lexicon.category(lexicon.act(code).category).polarity).toMatch(/^(cooperative|conflictual|neutral)$/);
    }
  });

  it('is the dictionary converted, not a sample of it', () => {
    const stats = lexicon.stats();
    expect(stats.families).toBeGreaterThan(350);
    expect(stats.forms).toBeGreaterThan(7000);
    expect(stats.patterns).toBeGreaterThan(4500);
    expect(stats.nouns).toBeGreaterThan(150);
  });
});
