import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { briefTextFor } from '../../i18n/brief';
import { loadInBackground } from '../../lib/on-demand';
import SiteUpdated from '../common/SiteUpdated';
import type { BriefProps } from './BriefBody';
import './brief.css';

/**
 * The brief's island: its frame, and the brief itself (./BriefBody.tsx) loaded at once in the background
 * with everything it reads (answers, snapshots, plan) and computes, so the page's first script stays small.
 * The QR codes and the Word builder load later still, each when wanted.
 */
export default function Brief(props: BriefProps) {
  // Loaded here rather than with useOnDemand (common/hooks.ts), whose module would bring the stores and
  // helpers the body shares with other pages into this first script, and split the chunks those pages load.
  const [Body, setBody] = useState<ComponentType<BriefProps> | null>(null);
  useEffect(
    () =>
      loadInBackground(
        () => import('./BriefBody'),
        (module) => setBody(() => module.default),
      ),
    [],
  );
  const t = briefTextFor(props.lang);
  return (
    <div class="brief-page" aria-busy={!Body}>
      <SiteUpdated lang={props.lang} />
      {Body ? (
        <Body {...props} />
      ) : (
        <article class="brief" aria-labelledby="brief-title">
          <header class="brief-head">
            <h1 id="brief-title">{t.title}</h1>
          </header>
        </article>
      )}
    </div>
  );
}
