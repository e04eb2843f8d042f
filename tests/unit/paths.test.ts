import { describe, expect, it } from 'vitest';
import { localePath, pageOf, withBase } from '../../src/lib/paths';

describe('withBase', () => {
  it('keeps paths at the root when the site is at the root', () =>
    expect(withBase('/about/', '/')).toBe('/about/'));
  it('prefixes a sub-path base', () =>
    expect(withBase('/assess/x/', '/coaching/')).toBe('/coaching/assess/x/'));
  it('accepts a base without a trailing slash', () =>
    expect(withBase('about/', '/coaching')).toBe('/coaching/about/'));
});

describe('localePath', () => {
  it('keeps English at the root and puts French under /fr/', () => {
    expect(localePath('en', '/assess/x/', '/')).toBe('/assess/x/');
    expect(localePath('fr', '/assess/x/', '/')).toBe('/fr/assess/x/');
    expect(localePath('fr', '/', '/')).toBe('/fr/');
  });
  it('goes after the base', () =>
    expect(localePath('fr', '/results/', '/coaching/')).toBe('/coaching/fr/results/'));
});

describe('pageOf', () => {
  it('reads the language and the path within the site', () => {
    expect(pageOf('/results/x/', '/')).toEqual({ lang: 'en', path: '/results/x/' });
    expect(pageOf('/fr/results/x/', '/')).toEqual({ lang: 'fr', path: '/results/x/' });
    expect(pageOf('/fr/', '/')).toEqual({ lang: 'fr', path: '/' });
    expect(pageOf('/', '/')).toEqual({ lang: 'en', path: '/' });
  });
  it('strips the base first', () => {
    expect(pageOf('/coaching/fr/about/', '/coaching/')).toEqual({ lang: 'fr', path: '/about/' });
    expect(pageOf('/coaching/about/', '/coaching')).toEqual({ lang: 'en', path: '/about/' });
    expect(pageOf('/coaching/', '/coaching/')).toEqual({ lang: 'en', path: '/' });
  });
  it('does not take a page whose name starts like a language for that language', () =>
    expect(pageOf('/french-notes/', '/')).toEqual({ lang: 'en', path: '/french-notes/' }));
  it('round-trips with localePath for every page and language', () => {
    for (const path of ['/', '/about/', '/assess/coaching-conditions/', '/results/'])
      for (const lang of ['en', 'fr'] as const)
        for (const base of ['/', '/coaching/'])
          expect(pageOf(localePath(lang, path, base), base)).toEqual({ lang, path });
  });
});
