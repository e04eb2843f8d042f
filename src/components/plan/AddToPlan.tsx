import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import type { ItemStep } from '../../lib/growth';
import { loadInBackground } from '../../lib/on-demand';
import type { Item } from '../../lib/schema/rubric';
import type { WriteFailure } from '../../stores/storage';
import NotSaved from '../common/NotSaved';

/**
 * Where a results page's next steps go: the rubric they belong to, the plan page, and the control's words
 * (given by the page, in its HTML, so the results page's script does not carry them).
 */
export interface PlanTarget {
  rubricId: string;
  href: string;
  /** The button's text, e.g. "Add to plan". */
  add: string;
  /** The link's text once added, e.g. "Added — open the plan". */
  added: string;
  lang: Lang;
}

interface Props {
  plan: PlanTarget | undefined;
  dimensionId: string;
  item: Item;
  step: ItemStep;
}

/** Focuses the confirmation link once, when it appears (a stable ref is called on mount only). */
const focus = (link: HTMLAnchorElement | null) => link?.focus();

/**
 * "Add to plan" beside a next step: the plan's store and reader load only when it is pressed, so a results
 * page carries the button and nothing more. Once added, the button gives way to a link to the plan; when
 * storage refuses the step, the button stays and says so.
 */
export default function AddToPlan({ plan, dimensionId, item, step }: Props) {
  const [added, setAdded] = useState(false);
  const [notSaved, setNotSaved] = useState<WriteFailure | null>(null);
  if (!plan || item.kind !== 'rated' || step.next === null) return null;
  return added ? (
    <a ref={focus} href={plan.href} class="add-to-plan">
      {plan.added}
    </a>
  ) : (
    <>
      <button
        type="button"
        class="link-button add-to-plan"
        onClick={() =>
          loadInBackground(
            () => import('../../stores/plan'),
            (store) => {
              const { id, notSaved } = store.addFromResults(plan.rubricId, dimensionId, item, step);
              setNotSaved(notSaved ?? null);
              setAdded(id !== undefined);
            },
          )
        }
      >
        {plan.add}
      </button>
      <NotSaved reason={notSaved} kept={false} lang={plan.lang} inline />
    </>
  );
}
