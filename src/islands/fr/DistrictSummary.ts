import '../../i18n/fr';
export { default } from '../../components/results/DistrictSummary';
