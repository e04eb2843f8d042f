import type { Lang } from '../../i18n/ui';
import type { RubricEntry } from '../../lib/share-code/format';
import SiteUpdated from '../common/SiteUpdated';
import OpenSavedSection from './OpenSavedSection';

/** The home page's and the summary's way in for answers from another device, as an island of its own. */
export default function OpenSavedIsland(props: { registry: RubricEntry[]; lang: Lang; resultsBase: string }) {
  return (
    <>
      <OpenSavedSection {...props} />
      <SiteUpdated lang={props.lang} />
    </>
  );
}
