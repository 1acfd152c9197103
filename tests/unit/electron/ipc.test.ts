import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL_PREFIX, PROGRESS_CHANNEL, verbs } from '../../../electron/api/verbs';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;
const handlers = vi.hoisted(() => new Map<string, Handler>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { forwardProgress, registerIpc } = await import('../../../electron/main/ipc');

function invokeEvent(url: string, options: { subframe?: boolean; noFrame?: boolean } = {}) {
  const mainFrame = { url, parent: null };
  const frame = options.subframe ? { url, parent: mainFrame } : mainFrame;
  return { senderFrame: options.noFrame ? null : frame, sender: { mainFrame } };
}

describe('registerIpc', () => {
  const dispatch = vi.fn(async (verb: string, payload: unknown) => ({ ok: true as const, value: { verb, payload } }));
  let unregister: () => void;

  beforeEach(() => {
    handlers.clear();
    dispatch.mockClear();
    unregister = registerIpc(dispatch);
  });

  it('registers one channel per API verb', () => {
    expect([...handlers.keys()].sort()).toEqual(verbs.map((v) => INVOKE_CHANNEL_PREFIX + v).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('dispatches calls from the app window with the verb and payload', async () => {
    const result = await handlers.get(`${INVOKE_CHANNEL_PREFIX}search`)!(invokeEvent('app://briefing/index.html'), {
      query: 'Seoul',
    });
    expect(result).toEqual({ ok: true, value: { verb: 'search', payload: { query: 'Seoul' } } });
  });

  it('refuses calls from subframes, other origins and destroyed frames without dispatching', async () => {
    const call = handlers.get(`${INVOKE_CHANNEL_PREFIX}deleteArticle`)!;
    for (const event of [
      invokeEvent('app://briefing/index.html', { subframe: true }),
      invokeEvent('https://example.org/'),
      invokeEvent('file:///tmp/x.html'),
      invokeEvent('app://briefing/index.html', { noFrame: true }),
    ]) {
      expect(await call(event, { id: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a crash in the dispatcher into an error value instead of a rejected promise', async () => {
    dispatch.mockRejectedValueOnce(new Error('disk full'));
    const result = await handlers.get(`${INVOKE_CHANNEL_PREFIX}libraryInfo`)!(invokeEvent('app://briefing/'), {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'disk full' } });
  });
});

describe('forwardProgress', () => {
  it('sends progress to the open window and drops it once the window is gone', () => {
    const send = vi.fn();
    let destroyed = false;
    const window = { isDestroyed: () => destroyed, webContents: { isDestroyed: () => destroyed, send } };
    const forward = forwardProgress(() => window as never);
    const event = { kind: 'import' as const, jobId: 'j1', done: 1, total: 3, current: 'a.html', failed: 0 };
    forward(event);
    destroyed = true;
    forward(event);
    expect(send.mock.calls).toEqual([[PROGRESS_CHANNEL, event]]);
  });
});
