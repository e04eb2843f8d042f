/** The roll-up in English, loaded on demand (components/workshop/RollupSection.tsx). */
import { rollupEn } from '../../../i18n/rollup-en';
import { rollupEntry } from './entry';

const entry = rollupEntry(rollupEn);
export default entry.View;
export const downloadWorkshop = entry.downloadWorkshop;
