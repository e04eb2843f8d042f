import { useEffect, useState } from 'preact/hooks';
import type { Assessment } from '../../lib/assessment';
import type { RubricOutline } from '../../lib/schema/rubric';
import { sheetLink } from '../../lib/views/sheet';

export type SheetLink =
  { state: 'pending' } | { state: 'ready'; link: string; notesLeftOut: boolean } | { state: 'failed' };

/** The QR code's link to the results page, made again whenever the answers or the notes choice change. */
export function useSheetLink(
  rubricId: string,
  rubric: RubricOutline,
  assessment: Assessment,
  resultsHref: string,
  withNotes: boolean,
  ready: boolean,
): SheetLink {
  const [share, setShare] = useState<SheetLink>({ state: 'pending' });
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const base = new URL(resultsHref, location.href).href;
    sheetLink(base, assessment, { id: rubricId, data: rubric }, withNotes).then(
      (made) => live && setShare({ state: 'ready', ...made }),
      () => live && setShare({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [ready, assessment, withNotes]);
  return share;
}
