import { describe, expect, it } from 'vitest';
import { loadInBackground, onDemand, onLoadFailure, SiteUpdatedError } from '../../src/lib/on-demand';

const missing = () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /_astro/x.js'));

describe('code loaded on demand', () => {
  it('gives the module when it loads, telling no one', async () => {
    const heard: unknown[] = [];
    const stop = onLoadFailure((error) => heard.push(error));
    await expect(onDemand(() => Promise.resolve({ answer: 42 }))).resolves.toEqual({ answer: 42 });
    stop();
    expect(heard).toEqual([]);
  });

  it('reports a module that cannot be fetched to every listener, and rejects with SiteUpdatedError', async () => {
    const heard: SiteUpdatedError[] = [];
    const stops = [onLoadFailure((e) => heard.push(e)), onLoadFailure((e) => heard.push(e))];
    const failure = onDemand(missing);
    await expect(failure).rejects.toBeInstanceOf(SiteUpdatedError);
    for (const stop of stops) stop();
    expect(heard).toHaveLength(2);
    expect(String((heard[0]!.reason as Error).message)).toMatch(/Failed to fetch/);
  });

  it('stops telling a listener once it is removed', async () => {
    const heard: unknown[] = [];
    onLoadFailure((e) => heard.push(e))();
    await expect(onDemand(missing)).rejects.toThrow();
    expect(heard).toEqual([]);
  });

  it('loads in the background without an unhandled rejection, still reporting the failure', async () => {
    const heard: unknown[] = [];
    const stop = onLoadFailure((e) => heard.push(e));
    const used: unknown[] = [];
    loadInBackground(missing, (module) => used.push(module));
    loadInBackground(
      () => Promise.resolve('module'),
      (module) => used.push(module),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(used).toEqual(['module']);
    expect(heard).toHaveLength(1);
  });
});
