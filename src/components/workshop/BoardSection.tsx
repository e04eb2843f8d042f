import { useStore } from '@nanostores/preact';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { Rubric } from '../../lib/schema/rubric';
import type { BoardView } from '../../lib/views/board';
import type { Workshop } from '../../lib/workshop';
import { $boardNotSaved } from '../../stores/workshop';
import NotSaved from '../common/NotSaved';
import { useOnDemand } from '../common/hooks';

interface Props {
  rubricId: string;
  rubric: Rubric;
  workshop: Workshop;
  view: BoardView;
  /** The role groups of a breakdown, with their labels, once asked for; empty otherwise. */
  roles: { key: string; label: string }[];
  byRole: boolean;
  onByRole: (on: boolean) => void;
  onlyDiscuss: boolean;
  onOnlyDiscuss: (on: boolean) => void;
  onReveal: () => void;
  lang: Lang;
}

/** The board: ratings hidden until revealed, then every dimension's table, by role or only what to discuss. */
export default function BoardSection(props: Props) {
  const { rubricId, rubric, workshop, view, roles, byRole, onlyDiscuss, lang } = props;
  const t = teamUiFor(lang);
  const { revealed } = workshop;
  const responses = workshop.responses.length;
  const notSaved = useStore($boardNotSaved);
  // The tables load in the background while the ratings are hidden: there by the time anyone reveals them.
  const Tables = useOnDemand(true, () => import('./board/BoardTables'));
  return (
    <section aria-labelledby="board-heading" class="workshop-section">
      <h2 id="board-heading">{t.boardHeading}</h2>
      <p class="inline-form board-tools">
        <button
          type="button"
          class="primary"
          onClick={props.onReveal}
          disabled={responses === 0 && !revealed}
          data-testid="reveal"
        >
          {revealed ? t.hideRatings : t.revealRatings}
        </button>
        {revealed && (
          <>
            <label>
              <input
                type="checkbox"
                checked={byRole}
                onChange={(e) => props.onByRole(e.currentTarget.checked)}
              />{' '}
              {t.breakdownByRole}
            </label>
            <label>
              <input
                type="checkbox"
                checked={onlyDiscuss}
                onChange={(e) => props.onOnlyDiscuss(e.currentTarget.checked)}
              />{' '}
              {t.onlyToDiscuss}
            </label>
          </>
        )}
      </p>
      {!revealed ? (
        <p class="board-hidden" data-testid="board-hidden">
          {responses === 0 ? t.boardEmpty : t.ratingsHidden(responses)}
        </p>
      ) : (
        <>
          <p data-testid="discuss-count">
            {t.discussSummary(view.discussCount)}{' '}
            {byRole && !view.hasRoles && <span class="muted">{t.noRolesYet}</span>}
          </p>
          {Tables && (
            <Tables
              rubricId={rubricId}
              rubric={rubric}
              workshop={workshop}
              view={view}
              roles={roles}
              onlyDiscuss={onlyDiscuss}
              lang={lang}
            />
          )}
        </>
      )}
      <NotSaved reason={notSaved} kept lang={lang} class="notice notice-error board-not-saved" />
    </section>
  );
}
