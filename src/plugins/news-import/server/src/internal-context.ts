/**
 * Work the server does on its own account while serving a request.
 *
 * The published-only rule (./published-only.ts) hides drafts from content-API callers that are
 * not API tokens. An import requested by a granted users-permissions role must still read the
 * drafts it writes and links to, so plugin services run their reads inside `runInternal`.
 *
 * The store lives on a global symbol because the news-import plugin is bundled separately and
 * carries its own copy of this module; both copies must share one store.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const KEY = Symbol.for('newsroom.internal-context');
const registry = globalThis as unknown as Record<symbol, AsyncLocalStorage<true> | undefined>;
const storage: AsyncLocalStorage<true> = (registry[KEY] ??= new AsyncLocalStorage<true>());

export const runInternal = <T>(work: () => Promise<T>): Promise<T> => storage.run(true, work);

export const isInternal = (): boolean => storage.getStore() === true;
