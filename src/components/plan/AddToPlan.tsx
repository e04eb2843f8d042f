import { useEffect, useRef, useState } from 'preact/hooks';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { ItemStep } from '../../lib/growth';
import { loadInBackground } from '../../lib/on-demand';
import type { Item } from '../../lib/schema/rubric';

/** Where a results page's next steps go: the rubric they belong to and the plan page. */
export interface PlanTarget {
  rubricId: string;
  href: string;
}

interface Props {
  plan: PlanTarget | undefined;
  dimensionId: string;
  item: Item;
  step: ItemStep;
  lang: Lang;
}

/**
 * "Add to plan" beside a next step: the plan's store and reader load only when it is pressed, so a results
 * page carries the button and nothing more. Once added, the button gives way to a link to the plan.
 */
export default function AddToPlan({ plan, dimensionId, item, step, lang }: Props) {
  const t = resultsUiFor(lang);
  const [added, setAdded] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => link.current?.focus(), [added]);
  if (!plan || item.kind !== 'rated' || step.next === null) return null;
  return added ? (
    <a ref={link} href={plan.href} class="add-to-plan">
      {t.addedToPlan}
    </a>
  ) : (
    <button
      type="button"
      class="link-button add-to-plan"
      onClick={() =>
        loadInBackground(
          () => import('../../stores/plan'),
          (store) => setAdded(store.addFromResults(plan.rubricId, dimensionId, item, step)),
        )
      }
    >
      {t.addToPlan}
    </button>
  );
}
