import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, session as sessions, type Session } from 'electron';
import type { ExportedFile } from '../core/briefing/export';
import type { Printer } from '../core/briefing/printer';
import { APP_SCHEME } from './protocol';
import { lockDownSession } from './security';

/** Only what a self-contained briefing needs: inline styles, embedded images and fonts, no scripts. */
const PRINT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
const PRINT_HOST = 'print';
const LOAD_TIMEOUT_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Prints HTML with Chromium's print engine in a hidden, sandboxed window with JavaScript off.
 * Documents are served from memory on a private in-memory session, so size is not limited
 * the way data: URLs are and nothing touches the disk.
 */
export function createElectronPrinter(): Printer {
  const pages = new Map<string, string>();
  let printSession: Session | null = null;

  function sessionForPrinting(): Session {
    if (printSession) return printSession;
    const created = sessions.fromPartition('briefing-print', { cache: false });
    lockDownSession(created);
    created.protocol.handle(APP_SCHEME, (request) => {
      const url = new URL(request.url);
      const html = url.host === PRINT_HOST ? pages.get(url.pathname.replace(/^\/|\.html$/g, '')) : undefined;
      if (html === undefined) return new Response('Not found', { status: 404 });
      return new Response(html, {
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_POLICY },
      });
    });
    printSession = created;
    return created;
  }

  return {
    async print(html, { paper }) {
      const token = randomUUID();
      pages.set(token, html);
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: sessionForPrinting(),
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          spellcheck: false,
          devTools: false,
        },
      });
      try {
        await withTimeout(
          window.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${token}.html`),
          LOAD_TIMEOUT_MS,
          'The briefing took too long to lay out for printing.',
        );
        // Zero margins so the document's @page rules decide, as with Playwright's page.pdf().
        return await window.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          pageSize: paper === 'letter' ? 'Letter' : 'A4',
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        });
      } finally {
        pages.delete(token);
        window.destroy();
      }
    },
    async close() {
      // Windows are destroyed after each print; the in-memory session needs no cleanup.
    },
  };
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.html': { name: 'Web page', extensions: ['html'] },
};

/** Exports are saved where the analyst chooses; null when the dialog is cancelled. */
export function saveExportWithDialog(getWindow: () => BrowserWindow | null): (file: ExportedFile) => Promise<string | null> {
  return async (file) => {
    const filter = FILTERS[extname(file.filename)];
    const options = {
      title: 'Save Briefing',
      defaultPath: join(app.getPath('documents'), file.filename),
      filters: filter ? [filter] : [],
    };
    const window = getWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, file.bytes);
    return result.filePath;
  };
}
