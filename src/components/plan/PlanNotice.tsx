import { useStore } from '@nanostores/preact';
import type { Lang } from '../../i18n/ui';
import type { PlanRead } from '../../lib/plan/read';
import { PLAN_FILE_STEM } from '../../lib/set-aside';
import { $planAside, discardPlanAside, startPlanOver } from '../../stores/plan';
import { MemoryOnlyNotice, StoredNotice } from '../common/StorageNotice';

/**
 * Says when the saved plan could not be read, was set aside, or cannot be kept at all: the notices every
 * kind of stored data gets (common/StorageNotice.tsx).
 */
export default function PlanNotice({ plan, lang }: { plan: PlanRead | null; lang: Lang }) {
  return (
    <>
      <MemoryOnlyNotice lang={lang} />
      <StoredNotice
        kind="plan"
        rubricId={PLAN_FILE_STEM}
        entry={plan}
        setAside={useStore($planAside)}
        onReplace={startPlanOver}
        onDiscard={discardPlanAside}
        lang={lang}
      />
    </>
  );
}
