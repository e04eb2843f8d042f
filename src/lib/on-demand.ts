/**
 * Code loaded on demand (`import()`), through one door. A tab opened before a new deployment asks for files
 * the new deployment no longer has, and the browser refuses with "Failed to fetch dynamically imported
 * module". Every on-demand load goes through `onDemand`, so such a failure is never silent: the listeners
 * hear of it (the interface then says the site was updated and offers a reload), and the caller gets a
 * `SiteUpdatedError` it may ignore.
 */

/** An on-demand load failed: most likely the site was updated since this page was opened. */
export class SiteUpdatedError extends Error {
  constructor(readonly reason: unknown) {
    super('Code loaded on demand could not be fetched: the site has probably been updated.');
    this.name = 'SiteUpdatedError';
  }
}

type Listener = (error: SiteUpdatedError) => void;
const listeners = new Set<Listener>();

/** Calls `listener` whenever an on-demand load fails; returns what stops it. */
export function onLoadFailure(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs an on-demand load (`() => import('…')`): its module, or a SiteUpdatedError every listener heard of. */
export async function onDemand<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (reason) {
    const error = new SiteUpdatedError(reason);
    for (const listener of listeners) listener(error);
    throw error;
  }
}

/** Runs an on-demand load for its effect alone: a failure is reported to the listeners and goes no further. */
export function loadInBackground<T>(load: () => Promise<T>, then: (module: T) => void): void {
  onDemand(load).then(then, () => undefined);
}

/**
 * For a `.catch` after an on-demand load: a SiteUpdatedError has been told to the person already, so it
 * stops here; anything else goes on.
 */
export function unlessSiteUpdated(error: unknown): void {
  if (!(error instanceof SiteUpdatedError)) throw error;
}
