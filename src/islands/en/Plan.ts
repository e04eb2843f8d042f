import '../../i18n/en';
import '../../i18n/plan-en';
export { default } from '../../components/plan/Plan';
