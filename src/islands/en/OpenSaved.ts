import '../../i18n/en';
import '../../i18n/results-en';
export { default } from '../../components/sharing/OpenSavedIsland';
