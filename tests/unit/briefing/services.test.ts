import { afterEach, describe, expect, it } from 'vitest';
import type { Briefing, BriefingSummary, BriefingVersionInfo, CheckWarning, ExportResult } from '../../../electron/api/briefing';
import type { Result } from '../../../electron/api/verbs';
import { createServices, type Services } from '../../../electron/core/app-services';
import { storedEvents } from '../../../electron/core/briefing/evidence';
import { tempDir } from '../../helpers/tmp';
import { fixtureLibrary, JUNE } from './fixture-library';
import { unzipText } from './read-back';

let services: Services | null = null;
afterEach(() => {
  services?.close();
  services = null;
});

function open(): { ids: number[] } {
  const dir = tempDir();
  const { lib, ids } = fixtureLibrary(JUNE, dir);
  lib.close();
  services = createServices({ libraryDir: dir });
  return { ids };
}

async function call<T>(verb: string, payload: unknown): Promise<T> {
  const res = await services!.dispatch(verb, payload);
  if (!res.ok) throw new Error(`${verb}: ${res.error.code}: ${res.error.message}`);
  return res.value as T;
}
const attempt = (verb: string, payload: unknown) => services!.dispatch(verb, payload) as Promise<Result<unknown>>;

const create = () =>
  call<Briefing>('createBriefing', {
    scope: { country: 'RUS', from: '2024-06-01' },
    marking: { scheme: 'tlp', banner: 'tlp:green' },
  });

describe('the briefing verbs', () => {
  it('create a drafted briefing, list it and keep every saved version', async () => {
    open();
    const created = await create();
    expect(created).toMatchObject({ id: 1, version: 1, marking: { scheme: 'tlp', banner: 'TLP:GREEN' } });
    const list = await call<BriefingSummary[]>('listBriefings', {});
    expect(list).toEqual([
      expect.objectContaining({ id: 1, title: created.title, marking: 'TLP:GREEN', scopeSummary: 'Russia; 2024-06-01 to …' }),
    ]);

    const { id, version, createdAt, updatedAt, ...doc } = created;
    void createdAt;
    void updatedAt;
    const edited = {
      ...doc,
      title: 'Moscow and Seoul',
      bottomLine: { ...doc.bottomLine, text: 'Moscow courts Seoul.', draft: false },
    };
    const saved = await call<Briefing>('saveBriefing', { id, briefing: edited, baseVersion: version });
    expect(saved).toMatchObject({ version: 2, title: 'Moscow and Seoul' });

    const stale = await attempt('saveBriefing', { id, briefing: { ...edited, title: 'Lost edit' }, baseVersion: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/version 2/) } });
    expect((await call<Briefing>('getBriefing', { id })).title).toBe('Moscow and Seoul');
    expect((await call<Briefing>('getBriefing', { id, version: 1 })).title).toBe(created.title);
    const versions = await call<BriefingVersionInfo[]>('listBriefingVersions', { id });
    expect(versions.map((v) => [v.version, v.title])).toEqual([
      [2, 'Moscow and Seoul'],
      [1, created.title],
    ]);

    const bad = await attempt('saveBriefing', {
      id,
      briefing: { ...edited, marking: { scheme: 'tlp', banner: 'TLP:PURPLE' } },
      baseVersion: 2,
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/marking\.banner: "TLP:PURPLE" is not a TLP level/) },
    });

    expect(await call('deleteBriefing', { id })).toEqual({ deleted: true });
    expect(await attempt('getBriefing', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a scope with no events, naming it', async () => {
    open();
    const res = await attempt('createBriefing', { scope: { country: 'RUS', counterparts: ['BRA'] } });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/No events involve Russia with Brazil/) },
    });
  });

  it('adds an event, a quote and an article with their citations, reusing a citation for the same claim', async () => {
    const { ids } = open();
    const created = await create();
    const event = storedEvents(services!.lib.db, { articleId: ids[1] }).find((e) => e.target === 'USA')!;
    const withEvent = await call<Briefing>('addEvidence', {
      briefingId: created.id,
      baseVersion: 1,
      evidence: { kind: 'event', articleId: ids[1], eventKey: event.key },
    });
    const rows = withEvent.sections.find((s) => s.kind === 'developments')!.developments!;
    const added = rows.find((r) => r.text === 'Putin accused the United States of escalation.')!;
    expect(added.citationIds).toHaveLength(1);
    expect(withEvent.version).toBe(2);

    const article = await call<{ text: string }>('getArticle', { id: ids[0] });
    const start = article.text.indexOf('We are very grateful');
    const quote = { kind: 'quote', articleId: ids[0], start, end: start + 'We are very grateful for this.'.length };
    const withQuote = await call<Briefing>('addEvidence', { briefingId: created.id, sectionId: 'indicators', evidence: quote });
    const indicators = withQuote.sections.find((s) => s.id === 'indicators')!.markdown;
    expect(indicators).toMatch(/“We are very grateful for this\.” \(Vladimir Putin\) \[\^c\d+\]$/);
    const again = await call<Briefing>('addEvidence', { briefingId: created.id, sectionId: 'indicators', evidence: quote });
    expect(again.citations).toHaveLength(withQuote.citations.length);

    const withArticle = await call<Briefing>('addEvidence', {
      briefingId: created.id,
      evidence: { kind: 'article', articleId: ids[2] },
    });
    expect(
      withArticle.sections.some((s) => s.kind === 'text' && s.markdown.startsWith('Older tensions (Wire One, 2024-01-10) [^c')),
    ).toBe(true);

    expect(
      await attempt('addEvidence', { briefingId: created.id, baseVersion: 1, evidence: { kind: 'article', articleId: ids[2] } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await attempt('addEvidence', {
        briefingId: created.id,
        evidence: { kind: 'quote', articleId: ids[0], start: 5, end: 99_999 },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/not inside "Moscow praises Seoul"/) },
    });
    expect(
      await attempt('addEvidence', { briefingId: created.id, evidence: { kind: 'event', articleId: ids[0], eventKey: 'gone' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it("sets a citation's credibility by hand and shows the outlet's new grade", async () => {
    open();
    const created = await create();
    const target = created.citations[0]!;
    const updated = await call<Briefing>('setCitationCredibility', {
      briefingId: created.id,
      citationId: target.id,
      credibility: 1,
    });
    expect(updated.citations[0]).toMatchObject({ credibility: 1, credibilityFrom: 'analyst' });
    const sources = await call<Array<{ id: number; name: string }>>('listSources', {});
    await call('setSourceReliability', { id: sources.find((s) => s.name === 'Wire One')!.id, reliability: 'B' });
    const reread = await call<Briefing>('getBriefing', { id: created.id });
    expect(reread.citations.filter((c) => c.outlet === 'Wire One').every((c) => c.reliability === 'B')).toBe(true);
  });

  it('checks, renders and exports', async () => {
    open();
    const created = await create();
    const { id, version, createdAt, updatedAt, ...doc } = created;
    void [id, version, createdAt, updatedAt];
    const warnings = await call<CheckWarning[]>('checkBriefing', {
      briefing: {
        ...doc,
        keyJudgments: [{ id: 'k1', text: 'Talks are likely.', likelihood: [5, 20], confidence: 'low', citationIds: [] }],
      },
    });
    expect(warnings.map((w) => w.code)).toEqual(['no-evidence', 'words-contradict-band', 'draft-bottom-line']);

    const { html } = await call<{ html: string }>('renderBriefing', { id: created.id, template: 'one-pager' });
    expect(html).toContain('TLP:GREEN');
    expect(html).not.toMatch(/<script/i);

    const md = await call<ExportResult>('exportBriefing', { id: created.id, format: 'md' });
    expect(md).toMatchObject({
      mime: expect.stringContaining('text/markdown'),
      savedTo: null,
      filename: expect.stringMatching(/^Russia-.*\.md$/),
    });
    expect(Buffer.from(md.base64!, 'base64').toString('utf8')).toContain('**TLP:GREEN**');
    const docx = await call<ExportResult>('exportBriefing', { id: created.id, format: 'docx' });
    expect((await unzipText(Buffer.from(docx.base64!, 'base64'))).get('word/document.xml')).toContain('Key developments');
  });
});
