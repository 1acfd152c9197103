import { describe, expect, it } from 'vitest';
import { analysisMarks } from '../../../renderer/components/reader/analysis-marks';
import { groupEvidence, markText, paragraphSpans } from '../../../renderer/components/reader/marks';

const text = 'Kremlin rebuffs Tokyo\n\nPutin said Russia would not talk to Japan.\n\n  <b>Not markup</b> stays text.  ';

describe('reader marks', () => {
  it('splits paragraphs at blank lines and keeps their offsets into the text', () => {
    const spans = paragraphSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Kremlin rebuffs Tokyo',
      'Putin said Russia would not talk to Japan.',
      '<b>Not markup</b> stays text.',
    ]);
  });

  it('cuts a paragraph at every mark, and each run knows the marks covering it', () => {
    const sentence = text.indexOf('Putin');
    const end = text.indexOf('.', sentence) + 1;
    const russia = text.indexOf('Russia');
    const paras = markText(text, [
      { start: sentence, end, kind: 'event', note: 'RUS → JPN: REJECT, conflictual', tone: 'conflictual' },
      { start: russia, end: russia + 6, kind: 'mention', note: 'RUS (country)' },
      { start: sentence, end, kind: 'evidence', note: 'the evidence you opened' },
    ]);
    const runs = paras[1]!.runs;
    expect(runs.map((r) => r.text).join('')).toBe('Putin said Russia would not talk to Japan.');
    const hit = runs.find((r) => r.text === 'Russia')!;
    expect(hit.kinds.sort()).toEqual(['event', 'evidence', 'mention']);
    expect(hit.notes).toContain('RUS (country)');
    expect(runs.every((r) => r.kinds.includes('evidence'))).toBe(true);
    expect(runs[0]!.tone).toBe('conflictual');
    expect(paras[0]!.runs).toEqual([{ text: 'Kremlin rebuffs Tokyo', start: 0, kinds: [], notes: [], tone: null }]);
  });

  it('keeps the evidence span together as one group, with the text before and after apart', () => {
    const start = text.indexOf('said');
    const end = text.indexOf('Japan') + 5;
    const russia = text.indexOf('Russia');
    const [, p] = markText(text, [
      { start, end, kind: 'evidence', note: 'e' },
      { start: russia, end: russia + 6, kind: 'mention', note: 'RUS (country)' },
    ]);
    const groups = groupEvidence(p!.runs);
    expect(groups.map((g) => g.evidence)).toEqual([false, true, false]);
    expect(groups[1]!.runs.map((r) => r.text).join('')).toBe('said Russia would not talk to Japan');
  });

  it('ignores marks outside the text or empty, and never alters the text', () => {
    const paras = markText(text, [
      { start: 5, end: 5, kind: 'mention', note: 'x' },
      { start: 10, end: 10_000, kind: 'event', note: 'y' },
    ]);
    expect(paras.flatMap((p) => p.runs).every((r) => r.kinds.length === 0)).toBe(true);
    expect(paras[2]!.runs[0]!.text).toBe('<b>Not markup</b> stays text.');
  });

  it('builds notes that name the actors, the category and who is quoted, as chosen', () => {
    const data = {
      mentions: [{ text: 'Russia', start: 0, end: 6, actor: 'RUS', kind: 'country' as const }],
      quotes: [{ text: 'no', start: 8, end: 10, speaker: 'Putin', actor: 'RUS', kind: 'direct' as const }],
      events: [
        {
          source: 'RUS',
          target: 'JPN',
          category: 'REJECT' as const,
          polarity: 'conflictual' as const,
          intensity: -4,
          modality: 'verbal' as const,
          sentence: 'Russia: no',
          start: 0,
          end: 10,
          date: null,
          speaker: null,
          negated: false,
          conditional: true,
          hypothetical: false,
          reported: false,
          articleId: 1,
          eventId: 'k',
          key: 'k',
          id: 1,
          counted: true,
        },
      ],
    };
    const all = analysisMarks(data, { start: 0, end: 10 }, { mentions: true, quotes: true, events: true });
    expect(all.map((m) => m.note)).toEqual([
      'RUS (country)',
      'direct quote: Putin, RUS',
      'RUS → JPN: REJECT, conflictual (conditional)',
      'the evidence you opened',
    ]);
    const eventsOnly = analysisMarks(data, null, { mentions: false, quotes: false, events: true });
    expect(eventsOnly.map((m) => m.kind)).toEqual(['event']);
  });
});
