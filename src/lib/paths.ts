/** Site-relative links that respect the `base` the site is deployed under. */

/** Joins the deployment base and a site path, e.g. withBase('/assess/x/') → '/coaching/assess/x/'. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
