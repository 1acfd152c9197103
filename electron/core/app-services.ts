import { createDispatcher, type Dispatch, type Handlers } from '../api/dispatch';
import type { ProgressEvent } from '../api/models';
import type { Verb } from '../api/verbs';
import { defaultBackground, type Background } from './background/pool';
import { AnalysisQueue, CODER_VERSION } from './analysis-runner';
import { articlesNeedingAnalysis } from './library/analysis';
import { openLibrary, type Library } from './library/open';
import { analysisHandlers } from './services/analysis';
import { eventHandlers } from './services/events';
import { sampleHandlers } from './services/samples';
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
}

export interface Services {
  lib: Library;
  analysis: AnalysisQueue;
  dispatch: Dispatch;
  close(): void;
}

/** Open the library and bind every API verb to the core, one module per domain. Shared by Electron main, the web host and tests. */
export function createServices(options: ServicesOptions): Services {
  const lib = openLibrary(options.libraryDir, { nativeBinding: options.nativeBinding });
  const background = options.background ?? defaultBackground();
  const analysis = new AnalysisQueue(lib, options.onProgress, background);
  // Articles imported by another program (the CLI) or analysed by an older coder catch up in the background.
  analysis.enqueue(articlesNeedingAnalysis(lib.db, CODER_VERSION));
  const ctx: ServiceContext = {
    lib,
    analysis,
    background,
    onProgress: options.onProgress,
    resolveUpload: options.resolveUpload,
    jobs: new JobRegistry(),
  };
  const handlers: Handlers = {
    ...libraryHandlers(ctx),
    ...importHandlers(ctx),
    ...analysisHandlers(ctx),
    ...eventHandlers(ctx),
    ...sampleHandlers(ctx),
  };

  return {
    lib,
    analysis,
    dispatch: createDispatcher(handlers, options.allowed),
    close() {
      ctx.jobs.cancelAll();
      void background.close();
      lib.close();
    },
  };
}
