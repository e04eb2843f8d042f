import '../../i18n/en';
import '../../i18n/brief-en';
export { default } from '../../components/brief/Brief';
