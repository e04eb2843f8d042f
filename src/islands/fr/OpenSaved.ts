import '../../i18n/fr';
import '../../i18n/results-fr';
export { default } from '../../components/sharing/OpenSavedIsland';
