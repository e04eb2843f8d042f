import type { BalanceLevels } from '../../lib/balance';
import type { BriefNames } from '../../lib/brief/document';
import type { RubricOutline } from '../../lib/schema/rubric';

/** What the brief knows of each rubric, from its content at build time. */
export interface BriefRubricProps extends BriefNames {
  outline: RubricOutline;
  /** How the levels lean, when the rubric has a balance reading. */
  balance?: BalanceLevels;
  /** The rubric's results page: its QR code's link points there. */
  resultsHref: string;
  assessHref: string;
}
