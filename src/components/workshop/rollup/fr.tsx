/** The roll-up in French, loaded on demand (components/workshop/RollupSection.tsx). */
import { rollupFr } from '../../../i18n/rollup-fr';
import { rollupEntry } from './entry';

const entry = rollupEntry(rollupFr);
export default entry.View;
export const downloadWorkshop = entry.downloadWorkshop;
