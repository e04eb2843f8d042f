/**
 * Whether code loaded on demand failed to arrive in this tab, which almost always means the site was
 * updated since the page was opened (lib/on-demand.ts). The interface then says so and offers a reload.
 */
import { atom } from 'nanostores';
import { onLoadFailure } from '../lib/on-demand';

/** True once an on-demand load has failed in this tab. */
export const $siteUpdated = atom(false);

onLoadFailure(() => $siteUpdated.set(true));
