import '../../i18n/fr';
import '../../i18n/workshop-fr';
export { default } from '../../components/workshop/Workshop';
