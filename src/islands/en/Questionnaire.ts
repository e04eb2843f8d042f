import '../../i18n/en';
export { default } from '../../components/questionnaire/Questionnaire';
