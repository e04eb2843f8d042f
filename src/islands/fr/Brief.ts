import '../../i18n/fr';
import '../../i18n/brief-fr';
export { default } from '../../components/brief/Brief';
