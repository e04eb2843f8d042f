import '../../i18n/en';
export { default } from '../../components/sharing/OpenSavedSection';
