import '../../i18n/en';
import '../../i18n/workshop-en';
export { default } from '../../components/workshop/Workshop';
