import '../../i18n/fr';
import '../../i18n/plan-fr';
export { default } from '../../components/plan/Plan';
