import type {
  Briefing,
  BriefingDoc,
  BriefingSummary,
  BriefingVersionInfo,
  CheckWarning,
  Evidence,
  Section,
  SectionKind,
} from '../../electron/api/briefing';
import type { ArticleSummary } from '../../electron/api/models';
import type { Input } from '../../electron/api/verbs';
import { actorsFromPairs, type ActorChoice } from '../components/briefing/actors';
import { ApiCallError, call, onMenuCommand } from '../lib/api';
import { navigation } from './navigation.svelte';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict';
export type ExportFormat = Input<'exportBriefing'>['format'];
export type NewScope = Input<'createBriefing'>['scope'];

const AUTOSAVE_MS = 800;
const CHECK_MS = 400;

/** The editable part of a briefing: everything but its identity, version and timeline points (never edited here). */
type EditableDoc = Omit<BriefingDoc, 'timeline'>;

function localId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * The briefings of the library and the one open in the editor. Edits change `doc` in place and call
 * `edited()`; they are checked and saved (as a new version) after a pause, and the print preview follows.
 */
export class BriefingsState {
  list = $state.raw<BriefingSummary[]>([]);
  listed = $state(false);
  error = $state<string | null>(null);
  loading = $state(false);
  /** For a new briefing's scope: the actors the library knows and articles to hand-pick from. */
  actors = $state.raw<ActorChoice[]>([]);
  articleChoices = $state.raw<ArticleSummary[]>([]);

  /** The open briefing's id (File > Print prints it), or null on the list. */
  openId = $state<number | null>(null);
  doc = $state<EditableDoc | null>(null);
  version = $state(0);
  updatedAt = $state<string | null>(null);
  status = $state<SaveStatus>('saved');
  warnings = $state.raw<CheckWarning[]>([]);
  previewHtml = $state<string | null>(null);
  versions = $state.raw<BriefingVersionInfo[]>([]);
  busy = $state<string | null>(null);
  /** The last export: a file saved by the desktop app, or a download in the browser. */
  lastExport = $state<{ filename: string; savedTo: string | null } | null>(null);

  #timeline: BriefingDoc['timeline'] = [];
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #checkTimer: ReturnType<typeof setTimeout> | null = null;
  #saving: Promise<void> | null = null;

  constructor() {
    // File > Print in the desktop app prints the open briefing, not the window.
    onMenuCommand((command) => {
      if (command === 'print-briefing') void this.printOpen();
    });
  }

  /** Print the open briefing to PDF; with none open, say how to get one. */
  async printOpen(): Promise<void> {
    if (this.openId !== null && this.doc) return this.export('pdf');
    navigation.go('briefings');
    this.error = 'Open a briefing to print it: File › Print prints the open briefing.';
  }

  async refresh(): Promise<void> {
    this.loading = true;
    await this.#attempt(async () => {
      this.list = await call('listBriefings', {});
      this.listed = true;
    });
    this.loading = false;
  }

  /** Load the list once (the "Add to briefing" buttons need it wherever they are). */
  ensureListed(): void {
    if (!this.listed && !this.loading) void this.refresh();
  }

  /** The banner the open briefing prints with, as the core computed it at the last save. */
  get printedBanner(): string | null {
    return this.list.find((b) => b.id === this.openId)?.marking ?? null;
  }

  async loadScopeChoices(): Promise<void> {
    await this.#attempt(async () => {
      const [stances, articles] = await Promise.all([
        call('listStances', {}),
        call('listArticles', { limit: 500, sort: 'published', order: 'desc' }),
      ]);
      this.actors = actorsFromPairs(stances);
      this.articleChoices = articles.items;
    });
  }

  /** Run a call; a failure is shown as the view's error and gives `false`. */
  async #attempt(work: () => Promise<void>): Promise<boolean> {
    try {
      await work();
      this.error = null;
      return true;
    } catch (error) {
      this.error = (error as Error).message;
      return false;
    }
  }

  async create(scope: NewScope, options: Omit<Input<'createBriefing'>, 'scope'> = {}): Promise<boolean> {
    this.busy = 'Drafting the briefing…';
    const ok = await this.#attempt(async () => this.#load(await call('createBriefing', { scope, ...options })));
    this.busy = null;
    if (ok) void this.refresh();
    return ok;
  }

  async open(id: number): Promise<void> {
    await this.flush();
    await this.#attempt(async () => this.#load(await call('getBriefing', { id })));
  }

  /** Back to the list, saving what is pending first. */
  async close(): Promise<void> {
    await this.flush();
    this.openId = null;
    this.doc = null;
    this.previewHtml = null;
    this.warnings = [];
    await this.refresh();
  }

  async remove(id: number): Promise<void> {
    const ok = await this.#attempt(async () => {
      await call('deleteBriefing', { id });
      if (this.openId === id) {
        this.#cancelTimers();
        this.openId = null;
        this.doc = null;
      }
    });
    if (ok) await this.refresh();
  }

  #load(briefing: Briefing): void {
    this.#cancelTimers();
    const { id, version, createdAt: _created, updatedAt, timeline, ...doc } = briefing;
    this.#timeline = timeline;
    this.openId = id;
    this.version = version;
    this.updatedAt = updatedAt;
    this.doc = doc;
    this.status = 'saved';
    void this.#check();
    void this.#preview();
    void this.#versions();
  }

  /** Something in `doc` changed: check soon, save a little later. */
  edited(): void {
    if (!this.doc) return;
    this.status = 'unsaved';
    if (this.#checkTimer) clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(() => void this.#check(), CHECK_MS);
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.save(), AUTOSAVE_MS);
  }

  #cancelTimers(): void {
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    if (this.#checkTimer) clearTimeout(this.#checkTimer);
    this.#saveTimer = this.#checkTimer = null;
  }

  #snapshot(): BriefingDoc | null {
    return this.doc ? { ...$state.snapshot(this.doc), timeline: this.#timeline } : null;
  }

  /** Save now if anything is unsaved (and wait for a save in flight). */
  async flush(): Promise<void> {
    if (this.#saving) await this.#saving;
    if (this.status === 'unsaved') await this.save();
  }

  async save(): Promise<void> {
    if (this.#saving) await this.#saving;
    const id = this.openId;
    const briefing = this.#snapshot();
    if (id === null || !briefing || this.status !== 'unsaved') return;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    this.status = 'saving';
    this.#saving = (async () => {
      try {
        const saved = await call('saveBriefing', { id, briefing, baseVersion: this.version });
        if (this.openId !== id) return;
        this.version = saved.version;
        this.updatedAt = saved.updatedAt;
        // Edits made while saving stay unsaved and are saved next.
        if (this.status === 'saving') this.status = 'saved';
        this.error = null;
        void this.#preview();
        void this.#versions();
        void this.refresh();
      } catch (error) {
        this.status = error instanceof ApiCallError && error.code === 'conflict' ? 'conflict' : 'failed';
        this.error = (error as Error).message;
      }
    })();
    await this.#saving;
    this.#saving = null;
  }

  /** After a conflict: take the latest saved version (this window's unsaved edits are dropped). */
  async reload(): Promise<void> {
    const id = this.openId;
    if (id !== null) await this.#attempt(async () => this.#load(await call('getBriefing', { id })));
  }

  async #check(): Promise<void> {
    const briefing = this.#snapshot();
    if (briefing) await this.#attempt(async () => void (this.warnings = await call('checkBriefing', { briefing })));
  }

  async #preview(): Promise<void> {
    if (this.openId === null) return;
    const id = this.openId;
    await this.#attempt(async () => {
      const { html } = await call('renderBriefing', { id });
      if (this.openId === id) this.previewHtml = html;
    });
  }

  async #versions(): Promise<void> {
    if (this.openId === null) return;
    try {
      this.versions = await call('listBriefingVersions', { id: this.openId });
    } catch {
      this.versions = [];
    }
  }

  warningsFor(kind: CheckWarning['where']['kind'], id: string | null): CheckWarning[] {
    return this.warnings.filter((w) => w.where.kind === kind && (id === null || w.where.id === id));
  }

  /** Warnings about no part the editor shows (the whole briefing), listed at the top. */
  get generalWarnings(): CheckWarning[] {
    const doc = this.doc;
    if (!doc) return [];
    const ids = [...doc.sections.map((s) => s.id), ...doc.keyJudgments.map((k) => k.id)];
    return this.warnings.filter((w) => w.where.kind !== 'bottom-line' && (w.where.id === null || !ids.includes(w.where.id)));
  }

  // Sections

  addSection(kind: SectionKind = 'text', heading = 'New section'): Section | null {
    if (!this.doc) return null;
    const section: Section = { id: localId('s'), kind, heading, markdown: '', portion: null };
    // New text goes before the sources, which close the briefing.
    const sources = this.doc.sections.findIndex((s) => s.kind === 'sources');
    this.doc.sections.splice(sources < 0 ? this.doc.sections.length : sources, 0, section);
    this.edited();
    return section;
  }

  removeSection(id: string): void {
    if (!this.doc) return;
    this.doc.sections = this.doc.sections.filter((s) => s.id !== id);
    this.edited();
  }

  moveSection(id: string, by: -1 | 1): boolean {
    if (!this.doc) return false;
    const list = this.doc.sections;
    const from = list.findIndex((s) => s.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= list.length) return false;
    const [moved] = list.splice(from, 1);
    list.splice(to, 0, moved!);
    this.edited();
    return true;
  }

  // Key judgments

  addJudgment(): void {
    if (!this.doc) return;
    this.doc.keyJudgments.push({
      id: localId('kj'),
      text: '',
      likelihood: [55, 80],
      confidence: 'moderate',
      citationIds: [],
      portion: null,
    });
    this.edited();
  }

  removeJudgment(id: string): void {
    if (!this.doc) return;
    this.doc.keyJudgments = this.doc.keyJudgments.filter((j) => j.id !== id);
    this.edited();
  }

  // Evidence

  /**
   * Insert evidence (its text with a citation) into a briefing, by default the open one. Pending edits of
   * the open briefing are saved first so the core inserts into the latest version.
   */
  async addEvidence(evidence: Evidence, briefingId = this.openId, sectionId?: string): Promise<boolean> {
    if (briefingId === null) return false;
    const intoOpen = briefingId === this.openId;
    const ok = await this.#attempt(async () => {
      if (intoOpen) await this.flush();
      const updated = await call('addEvidence', {
        briefingId,
        evidence,
        ...(sectionId ? { sectionId } : {}),
        ...(intoOpen ? { baseVersion: this.version } : {}),
      });
      if (this.openId === updated.id) this.#load(updated);
    });
    if (ok) void this.refresh();
    return ok;
  }

  async setCredibility(citationId: string, credibility: number): Promise<void> {
    const briefingId = this.openId;
    if (briefingId === null) return;
    await this.#attempt(async () => {
      await this.flush();
      this.#load(await call('setCitationCredibility', { briefingId, citationId, credibility }));
    });
  }

  // Print and export

  /** Print or export the open briefing; the browser gets the file as a download, the desktop app saves it. */
  async export(format: ExportFormat): Promise<void> {
    if (this.openId === null || !this.doc) return;
    this.busy = format === 'pdf' ? 'Printing…' : `Exporting ${format.toUpperCase()}…`;
    const id = this.openId;
    await this.#attempt(async () => {
      await this.flush();
      const result = await call('exportBriefing', { id, format });
      if (result.base64 !== null) download(result.filename, result.mime, result.base64);
      this.lastExport = { filename: result.filename, savedTo: result.savedTo };
    });
    this.busy = null;
  }
}

function download(filename: string, mime: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const briefings = new BriefingsState();
