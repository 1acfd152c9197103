import { describe, expect, it } from 'vitest';
import { ApiFailure, createDispatcher } from '../../../electron/api/dispatch';

describe('dispatcher', () => {
  const dispatch = createDispatcher({
    getArticle: ({ id }) => {
      if (id === 404) throw new ApiFailure('not-found', 'Article 404 not found');
      if (id === 500) throw new Error('disk on fire');
      return { id } as never;
    },
    search: ({ query, limit }) => ({ total: 0, offset: 0, items: [], query, limit }) as never,
  });

  it('returns the value of a valid call', async () => {
    expect(await dispatch('getArticle', { id: 7 })).toEqual({ ok: true, value: { id: 7 } });
  });

  it('applies schema defaults before calling the handler', async () => {
    const res = await dispatch('search', { query: 'sanctions' });
    expect(res).toMatchObject({ ok: true, value: { query: 'sanctions', limit: 50 } });
  });

  it('rejects a malformed payload with the schema message, naming the field', async () => {
    const res = await dispatch('getArticle', { id: 'seven' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('invalid-input');
    expect(res.error.message).toMatch(/^id: /);
    expect(res.error.message).toMatch(/number/);
  });

  it('rejects unknown fields and empty queries with a readable reason', async () => {
    const extra = await dispatch('getArticle', { id: 1, sql: 'DROP TABLE articles' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const empty = await dispatch('search', { query: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'query: type something to search for' } });
  });

  it('refuses unknown verbs and verbs without a handler', async () => {
    expect(await dispatch('dropDatabase', {})).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
    expect(await dispatch('listSources', {})).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
  });

  it('turns thrown errors into error values instead of throwing across the boundary', async () => {
    expect(await dispatch('getArticle', { id: 404 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Article 404 not found' },
    });
    expect(await dispatch('getArticle', { id: 500 })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk on fire' },
    });
  });

  it('hides verbs the transport does not allow', async () => {
    const narrow = createDispatcher({ getArticle: ({ id }) => ({ id }) as never }, (verb) => verb !== 'getArticle');
    expect(await narrow('getArticle', { id: 1 })).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
  });
});

describe('API table', () => {
  it('names the same verbs in the schema table and in the preload list', async () => {
    const { inputs } = await import('../../../electron/api/verbs');
    const { VERB_NAMES } = await import('../../../electron/api/channels');
    expect(Object.keys(inputs).sort()).toEqual([...VERB_NAMES].sort());
  });
});
