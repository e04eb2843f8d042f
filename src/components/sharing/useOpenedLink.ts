import { useEffect, useState } from 'preact/hooks';
import { unlessSiteUpdated } from '../../lib/on-demand';
import type { RubricEntry } from '../../lib/share-code';
import { openHandedOff, openShareHash } from '../../stores/sharing';

/**
 * Opens the share link in the page's address (and any that follows), or a file handed on from another page
 * of this tab. A link for another rubric goes on to that rubric's results page. True while a link's code is
 * being read (its decoder loads on demand), so the page can say it is busy rather than empty.
 */
export function useOpenedLink(registry: RubricEntry[], rubricId: string, resultsBase: string): boolean {
  const [opening, setOpening] = useState(true);
  useEffect(() => {
    const open = async () => {
      const opened = await openShareHash(location.hash, registry);
      if (opened !== null && opened !== rubricId)
        location.replace(`${resultsBase}${opened}/${location.hash}`);
    };
    void open()
      .catch(unlessSiteUpdated)
      .finally(() => setOpening(false));
    // A file opened on another page of this tab (home, the summary) and handed on to this one.
    openHandedOff(registry, rubricId);
    const onHash = () => void open().catch(unlessSiteUpdated);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return opening;
}
