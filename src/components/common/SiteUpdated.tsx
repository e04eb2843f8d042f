import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { uiFor, type Lang } from '../../i18n/ui';
import { $siteUpdated } from '../../stores/site-updated';
import { keepDrafts, restoreDrafts } from './drafts';
import './site-updated.css';

/**
 * Says, where the person is looking (pinned to the bottom of the window), that part of the page could not
 * load because the site was updated, and offers a reload that keeps what was typed. One per page: each
 * island that loads code on demand renders it at its root.
 */
export default function SiteUpdated({ lang }: { lang: Lang }) {
  const t = uiFor(lang);
  const updated = useStore($siteUpdated);
  // After a reload offered here: put back what was typed, once the island has drawn its fields.
  useEffect(() => {
    const timer = setTimeout(restoreDrafts, 0);
    return () => clearTimeout(timer);
  }, []);
  if (!updated) return null;
  return (
    <div class="notice notice-warning site-updated" role="alert">
      <p>{t.siteUpdated}</p>
      <p class="notice-actions">
        <button
          type="button"
          class="primary"
          onClick={() => {
            keepDrafts();
            location.reload();
          }}
        >
          {t.reloadPage}
        </button>
      </p>
    </div>
  );
}
