import '../../i18n/en';
import '../../i18n/results-en';
import '../../i18n/workshop-en';
export { default } from '../../components/workshop/Workshop';
