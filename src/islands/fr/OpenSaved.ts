import '../../i18n/fr';
export { default } from '../../components/sharing/OpenSavedSection';
