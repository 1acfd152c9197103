import { describe, expect, it } from 'vitest';
import { actorsFromPairs, matchActors, resolveActor } from '../../../renderer/components/briefing/actors';
import {
  EVIDENCE_MIME,
  isEvidenceDrag,
  parseEvidence,
  readEvidence,
  writeEvidence,
} from '../../../renderer/components/briefing/evidence-drag';

const pairs = [
  { source: 'RUS', target: 'KOR', sourceName: 'Russia', targetName: 'South Korea' },
  { source: 'RUS', target: 'JPN', sourceName: 'Russia', targetName: 'Japan' },
  { source: 'PRK', target: 'USA', sourceName: 'North Korea', targetName: 'United States' },
  { source: 'CIV', target: 'FRA', sourceName: "Côte d'Ivoire", targetName: 'France' },
];

describe('country picker', () => {
  const actors = actorsFromPairs(pairs);

  it('lists each actor of the stances once, by name', () => {
    expect(actors.map((a) => a.code)).toEqual(['CIV', 'FRA', 'JPN', 'PRK', 'RUS', 'KOR', 'USA']);
  });

  it('offers the code match first, then names by prefix and word', () => {
    expect(matchActors('kor', actors).map((a) => a.code)).toEqual(['KOR', 'PRK']);
    expect(matchActors('Kor', actors)[0]?.code).toBe('KOR');
    expect(matchActors('rus', actors).map((a) => a.code)).toEqual(['RUS']);
    expect(matchActors('south', actors).map((a) => a.code)).toEqual(['KOR']);
  });

  it('ignores accents and case', () => {
    expect(matchActors('cote', actors).map((a) => a.code)).toEqual(['CIV']);
  });

  it('resolves a typed name or code to its code, and refuses what is neither', () => {
    expect(resolveActor('South Korea', actors)).toBe('KOR');
    expect(resolveActor('rus', actors)).toBe('RUS');
    expect(resolveActor('ukr', actors)).toBe('UKR');
    expect(resolveActor('South Kor', actors)).toBeNull();
    expect(resolveActor('  ', actors)).toBeNull();
  });
});

/** The part of DataTransfer the drag helpers use. */
class FakeTransfer {
  #data = new Map<string, string>();
  effectAllowed = 'none';
  get types(): string[] {
    return [...this.#data.keys()];
  }
  setData(type: string, value: string): void {
    this.#data.set(type, value);
  }
  getData(type: string): string {
    return this.#data.get(type) ?? '';
  }
}

describe('evidence drag payload', () => {
  const quote = { evidence: { kind: 'quote' as const, articleId: 4, start: 10, end: 25 }, label: 'We are grateful' };

  it('round-trips through a drag under its own type, with plain text for other drop targets', () => {
    const dt = new FakeTransfer();
    writeEvidence(dt, quote);
    expect(isEvidenceDrag(dt)).toBe(true);
    expect(dt.types).toEqual([EVIDENCE_MIME, 'text/plain']);
    expect(dt.getData('text/plain')).toBe('We are grateful');
    expect(readEvidence(dt)).toEqual(quote);
  });

  it('does not take a file or link drag for evidence', () => {
    const dt = new FakeTransfer();
    dt.setData('text/uri-list', 'https://example.org/');
    expect(isEvidenceDrag(dt)).toBe(false);
    expect(readEvidence(dt)).toBeNull();
  });

  it('keeps only the fields of each kind of evidence', () => {
    const event = { evidence: { kind: 'event', articleId: 2, eventKey: '2:10-40:RUS>KOR:AGREE', start: 3 }, label: 'x' };
    expect(parseEvidence(JSON.stringify(event))?.evidence).toEqual({
      kind: 'event',
      articleId: 2,
      eventKey: '2:10-40:RUS>KOR:AGREE',
    });
    const article = { evidence: { kind: 'article', articleId: 1 }, label: 'Title' };
    expect(parseEvidence(JSON.stringify(article))).toEqual(article);
  });

  it('rejects malformed payloads', () => {
    const bad = (evidence: unknown, label: unknown = 'x') => parseEvidence(JSON.stringify({ evidence, label }));
    expect(parseEvidence('not json')).toBeNull();
    expect(parseEvidence('null')).toBeNull();
    expect(bad({ ...quote.evidence, kind: 'file' })).toBeNull();
    expect(bad({ ...quote.evidence, articleId: -1 })).toBeNull();
    expect(bad({ ...quote.evidence, start: 30, end: 5 })).toBeNull();
    expect(bad({ kind: 'event', articleId: 1 })).toBeNull();
    expect(bad(quote.evidence, 7)).toBeNull();
  });
});
