import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/paths';

describe('withBase', () => {
  it('keeps paths at the root when the site is at the root', () =>
    expect(withBase('/about/', '/')).toBe('/about/'));
  it('prefixes a sub-path base', () =>
    expect(withBase('/assess/x/', '/coaching/')).toBe('/coaching/assess/x/'));
  it('accepts a base without a trailing slash', () =>
    expect(withBase('about/', '/coaching')).toBe('/coaching/about/'));
});
