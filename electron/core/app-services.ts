import { createDispatcher, type Dispatch, type Handlers } from '../api/dispatch';
import type { ProgressEvent } from '../api/models';
import type { Verb } from '../api/verbs';
import { defaultBackground, type Background } from './background/pool';
import { AnalysisQueue, CODER_VERSION } from './analysis-runner';
import { createChromiumPrinter } from './briefing/chromium-printer';
import type { ExportedFile } from './briefing/export';
import type { Printer } from './briefing/printer';
import { articlesNeedingAnalysis } from './library/analysis';
import { openLibrary, type Library } from './library/open';
import { analysisHandlers } from './services/analysis';
import { eventHandlers } from './services/events';
import { sampleHandlers } from './services/samples';
import { briefingHandlers } from './services/briefings';
import { JobRegistry, type ServiceContext } from './services/context';
import { importHandlers } from './services/imports';
import { libraryHandlers } from './services/library';

export interface ServicesOptions {
  libraryDir: string;
  nativeBinding?: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Which verbs this transport exposes (the web host hides importPaths, Electron hides importUploads). */
  allowed?: (verb: Verb) => boolean;
  /** Where extraction and analysis run; by default background threads when the bundled worker exists. */
  background?: Background;
  /** Where the web host keeps uploaded files until they are imported. */
  resolveUpload?: (id: string) => string | null;
  /** Prints briefings to PDF; by default Chromium through playwright-core, started on first print. */
  printer?: Printer;
  /** Electron: save an exported briefing through a dialog, returning the path or null when cancelled. */
  saveExport?: (file: ExportedFile) => Promise<string | null>;
}

export interface Services {
  lib: Library;
  analysis: AnalysisQueue;
  dispatch: Dispatch;
  /** Closes the library at once; resolves when background workers and the print browser have stopped too. */
  close(): Promise<void>;
}

/** Open the library and bind every API verb to the core, one module per domain. Shared by Electron main, the web host and tests. */
export function createServices(options: ServicesOptions): Services {
  const lib = openLibrary(options.libraryDir, { nativeBinding: options.nativeBinding });
  const background = options.background ?? defaultBackground();
  const analysis = new AnalysisQueue(lib, options.onProgress, background);
  // Articles imported by another program (the CLI) or analysed by an older coder catch up in the background.
  analysis.enqueue(articlesNeedingAnalysis(lib.db, CODER_VERSION));
  let printer: Printer | null = null;
  const ctx: ServiceContext = {
    lib,
    analysis,
    background,
    onProgress: options.onProgress,
    resolveUpload: options.resolveUpload,
    jobs: new JobRegistry(),
    printer: () => (printer ??= options.printer ?? createChromiumPrinter()),
    saveExport: options.saveExport,
  };
  const handlers: Handlers = {
    ...libraryHandlers(ctx),
    ...importHandlers(ctx),
    ...analysisHandlers(ctx),
    ...eventHandlers(ctx),
    ...sampleHandlers(ctx),
    ...briefingHandlers(ctx),
  };

  return {
    lib,
    analysis,
    dispatch: createDispatcher(handlers, options.allowed),
    close() {
      ctx.jobs.cancelAll();
      const stopping = [background.close(), printer?.close()];
      lib.close();
      return Promise.allSettled(stopping).then(() => undefined);
    },
  };
}
