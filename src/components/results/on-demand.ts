/**
 * The results page's parts that only some rubrics or some visits need, each loaded in the background the
 * first time it is wanted, so the page's first script does not carry them.
 */
import { useOnDemand } from '../common/hooks';

/** The balance reading's component, loaded once when the rubric has a balance (two of the three do). */
export const useBalanceReading = (wanted: boolean) => useOnDemand(wanted, () => import('./BalanceReading'));

/** The trend over time, loaded once there is a snapshot to draw beside the current answers. */
export const useTrend = (wanted: boolean) => useOnDemand(wanted, () => import('./Trend'));

/** The facts a person entered (schools per coach), loaded once when the rubric has count items (one of three). */
export const useCountFacts = (wanted: boolean) => useOnDemand(wanted, () => import('./CountFacts'));
