import '../../i18n/fr';
import '../../i18n/results-fr';
import '../../i18n/workshop-fr';
export { default } from '../../components/workshop/Workshop';
