/** Site-relative links that respect the `base` the site is deployed under and the page's language. */
import { defaultLang, languages, type Lang } from '../i18n/ui';

/** Joins the deployment base and a site path, e.g. withBase('/assess/x/') → '/coaching/assess/x/'. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/**
 * A page's address in a language: English pages sit at the root, every other language under its code,
 * e.g. localePath('fr', '/assess/x/') → '/fr/assess/x/' (after the base).
 */
export function localePath(lang: Lang, path: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(lang === defaultLang ? path : `/${lang}/${path.replace(/^\//, '')}`, base);
}

/**
 * Splits an address into the page's language and its path within the site, so the same page can be linked
 * in another language: '/coaching/fr/results/x/' → { lang: 'fr', path: '/results/x/' } when the base is
 * '/coaching/'. An address outside the base is read as a path at the site's root.
 */
export function pageOf(
  pathname: string,
  base: string = import.meta.env.BASE_URL,
): { lang: Lang; path: string } {
  const prefix = base.replace(/\/$/, '');
  const within = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  const [, first = '', ...rest] = within.split('/');
  const lang = languages.find((code) => code !== defaultLang && code === first);
  return lang ? { lang, path: `/${rest.join('/')}` } : { lang: defaultLang, path: within || '/' };
}
