import type { z } from 'zod';
import { inputs, type ApiError, type Output, type ParsedInput, type Result, type Verb } from './verbs';

/** A handler per verb, receiving the parsed (defaults applied) input. */
export type Handlers = { [V in Verb]: (input: ParsedInput<V>) => Output<V> | Promise<Output<V>> };

/** An error a handler throws on purpose; its code and message reach the caller unchanged. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export type Dispatch = (verb: string, payload: unknown) => Promise<Result<unknown>>;

/** Describe a zod failure in one line a user can read: "limit: Too big: expected number to be <=500". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const isVerb = (v: string): v is Verb => Object.prototype.hasOwnProperty.call(inputs, v);

/**
 * One dispatcher for every transport (IPC, HTTP, tests): validate, call, and return a value, never throw.
 * `allowed` narrows the verbs a transport exposes.
 */
export function createDispatcher(handlers: Partial<Handlers>, allowed?: (verb: Verb) => boolean): Dispatch {
  return async (verb, payload) => {
    if (!isVerb(verb) || !handlers[verb] || (allowed && !allowed(verb))) {
      return { ok: false, error: { code: 'unknown-verb', message: `Unknown operation "${verb}".` } };
    }
    const parsed = inputs[verb].safeParse(payload ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: describeZodError(parsed.error) } };
    }
    try {
      const handler = handlers[verb] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiFailure) return { ok: false, error: { code: error.code, message: error.message } };
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message } };
    }
  };
}
