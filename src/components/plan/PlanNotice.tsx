import { useStore } from '@nanostores/preact';
import { planUiFor } from '../../i18n/plan';
import type { Lang } from '../../i18n/ui';
import type { PlanRead } from '../../lib/plan/read';
import { $planAside, discardPlanAside, startPlanOver } from '../../stores/plan';
import { $storageMode } from '../../stores/storage';
import { downloadText } from '../common/download';
import { useHydrated } from '../common/hooks';

/** Says when the saved plan could not be read, was set aside, or cannot be kept at all. */
export default function PlanNotice({ plan, lang }: { plan: PlanRead | null; lang: Lang }) {
  const t = planUiFor(lang);
  const mode = useStore($storageMode);
  const aside = useStore($planAside);
  if (!useHydrated()) return null;
  const filename = 'district-plan-unreadable-saved-data.txt';
  return (
    <>
      {mode === 'memory' && (
        <p class="notice notice-warning" role="status">
          {t.memoryOnly}
        </p>
      )}
      {plan && !plan.ok && (
        <div class="notice notice-error" role="alert">
          <h2 class="notice-title">{t.planUnreadableTitle}</h2>
          <p>{t.planUnreadable(plan.detail)}</p>
          <p class="notice-actions">
            <button type="button" onClick={() => downloadText(plan.raw, filename)}>
              {t.download}
            </button>
            <button type="button" onClick={startPlanOver}>
              {t.planStartOver}
            </button>
          </p>
        </div>
      )}
      {aside !== undefined && (
        <div class="notice notice-warning" role="status">
          <h2 class="notice-title">{t.setAsideTitle}</h2>
          <p>{t.planSetAside}</p>
          <p class="notice-actions">
            <button type="button" onClick={() => downloadText(aside, filename)}>
              {t.download}
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t.confirmDeleteSetAside)) discardPlanAside();
              }}
            >
              {t.deleteSetAside}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
