import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { Rubric } from '../../lib/schema/rubric';
import type { RubricEntry } from '../../lib/share-code';
import { scoreRubric } from '../../lib/scoring';
import { aggregateWorkshop, consensusAssessment, NO_ROLE, type Role } from '../../lib/workshop';
import { $storageMode } from '../../stores/storage';
import {
  $shortcuts,
  resetWorkshop,
  reveal,
  startWorkshop,
  workshopSetAsideStore,
  workshopStore,
} from '../../stores/workshop';
import { downloadText } from '../common/download';
import GatherResponses from './GatherResponses';
import { useHydrated } from '../common/hooks';
import Projector, { screensOf } from './Projector';
import { DimensionTable, LevelLegend } from './board/WorkshopBoard';
import WorkshopConsensus from './WorkshopConsensus';
import WorkshopJoin from './WorkshopJoin';

interface Props {
  rubricId: string;
  rubric: Rubric;
  lang: Lang;
  /** Every rubric's outline, to read response links and files. */
  registry: RubricEntry[];
  /** Rubric titles by id, to name the rubric of a response that belongs elsewhere. */
  titles: Record<string, string>;
  /** The questionnaire participants answer (site-relative). */
  joinHref: string;
  resultsHref: string;
  printHref: string;
}

const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'color',
  'range',
  'image',
]);

/** True when a letter pressed on `target` is typed into it: a text field, a list box or editable text. */
function takesLetters(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

/** True when arrow keys pressed on `target` move something in it (a caret, a choice, a slider). */
function takesArrows(target: EventTarget | null): boolean {
  return (
    takesLetters(target) ||
    (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'range'))
  );
}

/** The facilitator's workshop: invite, gather, reveal, agree; and the same on a projector. */
export default function Workshop(props: Props) {
  const { rubricId, rubric, lang } = props;
  const t = teamUiFor(lang);
  const hydrated = useHydrated();
  const stored = useStore(workshopStore(rubricId));
  const setAside = useStore(workshopSetAsideStore(rubricId));
  const mode = useStore($storageMode);
  const shortcuts = useStore($shortcuts) === 'on';
  const entry = hydrated ? stored : null;
  const workshop = entry?.ok ? entry.workshop : null;

  const [projector, setProjector] = useState(false);
  const [screen, setScreen] = useState(0);
  const [byRole, setByRole] = useState(false);
  const [onlyDiscuss, setOnlyDiscuss] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const projectorButton = useRef<HTMLButtonElement>(null);
  const [joinUrl, setJoinUrl] = useState<string | null>(null);

  useEffect(() => setJoinUrl(new URL(props.joinHref, location.href).href), []);

  const count = screensOf(rubric);
  const revealed = workshop?.revealed ?? false;
  const responses = workshop?.responses.length ?? 0;
  const screenName = (s: number) =>
    s === 0 ? t.joinTitle : s <= rubric.dimensions.length ? rubric.dimensions[s - 1]!.name : t.summaryTitle;

  const goTo = (next: number | ((current: number) => number)) =>
    setScreen((current) =>
      Math.max(0, Math.min(count - 1, typeof next === 'function' ? next(current) : next)),
    );
  // Screen readers hear where the projector moved to.
  const announced = useRef(screen);
  useEffect(() => {
    if (!projector || announced.current === screen) return;
    announced.current = screen;
    setAnnouncement(t.screenAnnouncement(screen + 1, count, screenName(screen)));
  }, [screen, projector]);
  const toggleReveal = () => {
    if (!workshop || (responses === 0 && !revealed)) return;
    reveal(rubricId, !revealed);
    setAnnouncement(revealed ? t.ratingsHiddenNow : t.ratingsRevealedNow);
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const enterProjector = () => {
    // Start where the room is: joining while nobody has answered, else the first dimension.
    setScreen(responses === 0 ? 0 : 1);
    setProjector(true);
  };
  const exitProjector = () => {
    setProjector(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };

  // The page around the board (site header and footer) steps aside in projector mode; on the way back,
  // focus returns to the button that opened it.
  const wasProjecting = useRef(false);
  useEffect(() => {
    document.documentElement.classList.toggle('projecting', projector);
    if (!projector && wasProjecting.current) projectorButton.current?.focus();
    wasProjecting.current = projector;
    return () => document.documentElement.classList.remove('projecting');
  }, [projector]);

  useEffect(() => {
    const sync = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);

  // One listener for the page's life, reading the latest state through a ref: re-adding it on every render
  // would leave a stale one in place until effects run, and a key pressed meanwhile would act on old state.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e: KeyboardEvent) => {
    if (!workshop || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key.length === 1 ? takesLetters(e.target) : takesArrows(e.target)) return;
    let handled = true;
    if (shortcuts && key === 'p') {
      if (projector) exitProjector();
      else enterProjector();
    } else if (!projector) handled = false;
    else if (key === 'ArrowRight' || key === 'PageDown') goTo((s) => s + 1);
    else if (key === 'ArrowLeft' || key === 'PageUp') goTo((s) => s - 1);
    else if (key === 'Home') goTo(0);
    else if (key === 'End') goTo(count - 1);
    else if (key === 'Escape') exitProjector();
    else if (shortcuts && key === 'r') toggleReveal();
    else if (shortcuts && key === 'f') toggleFullscreen();
    else handled = false;
    if (handled) e.preventDefault();
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    addEventListener('keydown', listener);
    return () => removeEventListener('keydown', listener);
  }, []);

  const aggregate = workshop ? aggregateWorkshop(rubric, workshop) : null;
  const agreed = workshop ? scoreRubric(rubric, consensusAssessment(workshop, rubric)).dimensions : [];
  const roleLabel = (key: string) => (key === NO_ROLE ? t.roles.none : (t.roles[key as Role] ?? key));
  const roles =
    byRole && aggregate && aggregate.roles.length > 1
      ? aggregate.roles.map((key) => ({ key, label: roleLabel(key) }))
      : [];
  const discussCount = aggregate
    ? aggregate.dimensions.reduce((n, d) => n + d.items.filter((item) => item.discuss).length, 0)
    : 0;
  const hasRoles = workshop?.responses.some((r) => r.role !== undefined) ?? false;

  const live = (
    <p class="sr-only" role="status" aria-live="polite">
      {announcement}
    </p>
  );

  if (projector && workshop && aggregate)
    return (
      <div class="workshop workshop-projecting">
        <Projector
          rubricId={rubricId}
          rubric={rubric}
          workshop={workshop}
          aggregate={aggregate}
          agreed={agreed}
          roles={roles}
          screen={screen}
          onScreen={goTo}
          onReveal={toggleReveal}
          onExit={exitProjector}
          fullscreen={fullscreen}
          canFullscreen={typeof document !== 'undefined' && document.fullscreenEnabled}
          onFullscreen={toggleFullscreen}
          joinUrl={joinUrl}
          shortcuts={shortcuts}
          lang={lang}
        />
        {live}
      </div>
    );

  return (
    <div class="workshop" aria-busy={!hydrated}>
      <h1>{t.workshopTitle(rubric.title)}</h1>
      <p class="lead">{t.workshopLead}</p>
      {hydrated && mode === 'memory' && (
        <p class="notice" role="status">
          {t.workshopMemoryOnly}
        </p>
      )}
      {entry && !entry.ok && (
        <div class="notice notice-error" role="alert">
          <h2 class="notice-title">{t.workshopUnreadableTitle}</h2>
          <p>
            {t.workshopUnreadable(entry.detail)} {t.unreadableKept}
          </p>
          <p class="notice-actions">
            <button
              type="button"
              onClick={() => downloadText(entry.raw, `${rubricId}-unreadable-workshop.txt`)}
            >
              {t.download}
            </button>
            <button type="button" onClick={() => startWorkshop(rubricId)}>
              {t.startNewWorkshop}
            </button>
          </p>
        </div>
      )}
      {hydrated && setAside !== undefined && (
        <div class="notice" role="status">
          <h2 class="notice-title">{t.setAsideTitle}</h2>
          <p>{t.setAside}</p>
          <p class="notice-actions">
            <button
              type="button"
              onClick={() => downloadText(setAside, `${rubricId}-unreadable-workshop.txt`)}
            >
              {t.download}
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t.confirmDeleteSetAside)) workshopSetAsideStore(rubricId).set(undefined);
              }}
            >
              {t.deleteSetAside}
            </button>
          </p>
        </div>
      )}

      {hydrated && entry === null && (
        <section class="workshop-start" aria-labelledby="start-heading">
          <h2 id="start-heading">{t.startHeading}</h2>
          <ol class="workshop-steps">
            <li>{t.startStepInvite}</li>
            <li>{t.startStepGather}</li>
            <li>{t.startStepReveal}</li>
            <li>{t.startStepAgree}</li>
          </ol>
          <p class="muted">{t.startPrivacy}</p>
          <p>
            <button type="button" class="primary" onClick={() => startWorkshop(rubricId)}>
              {t.startWorkshop}
            </button>
          </p>
        </section>
      )}

      {workshop && aggregate && (
        <>
          <p class="workshop-toolbar inline-form">
            <button
              type="button"
              ref={projectorButton}
              onClick={enterProjector}
              aria-keyshortcuts={shortcuts ? 'P' : undefined}
            >
              {t.projectorMode}
              {shortcuts && <kbd aria-hidden="true">P</kbd>}
            </button>
            <label>
              <input
                type="checkbox"
                checked={shortcuts}
                onChange={(e) => $shortcuts.set(e.currentTarget.checked ? 'on' : 'off')}
              />{' '}
              {t.shortcutsToggle}
            </label>
          </p>

          <section aria-labelledby="invite-heading" class="workshop-section">
            {joinUrl && (
              <WorkshopJoin url={joinUrl} lang={lang} heading={{ level: 'h2', id: 'invite-heading' }} />
            )}
            {!joinUrl && <h2 id="invite-heading">{t.joinTitle}</h2>}
          </section>

          <section aria-labelledby="gather-heading" class="workshop-section">
            <h2 id="gather-heading">{t.gatherHeading}</h2>
            <GatherResponses
              rubricId={rubricId}
              workshop={workshop}
              registry={props.registry}
              titles={props.titles}
              lang={lang}
            />
          </section>

          <section aria-labelledby="board-heading" class="workshop-section">
            <h2 id="board-heading">{t.boardHeading}</h2>
            <p class="inline-form board-tools">
              <button
                type="button"
                class="primary"
                onClick={toggleReveal}
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
                      onChange={(e) => setByRole(e.currentTarget.checked)}
                    />{' '}
                    {t.breakdownByRole}
                  </label>
                  <label>
                    <input
                      type="checkbox"
                      checked={onlyDiscuss}
                      onChange={(e) => setOnlyDiscuss(e.currentTarget.checked)}
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
                  {t.discussSummary(discussCount)}{' '}
                  {byRole && !hasRoles && <span class="muted">{t.noRolesYet}</span>}
                </p>
                <p class="board-legend">
                  <LevelLegend rubric={rubric} lang={lang} />
                </p>
                {rubric.dimensions.map((dimension, i) => (
                  <div class="board-scroll" key={dimension.id}>
                    <DimensionTable
                      rubricId={rubricId}
                      rubric={rubric}
                      dimension={dimension}
                      index={i + 1}
                      aggregate={aggregate.dimensions[i]!}
                      consensus={workshop.consensus}
                      agreedScore={agreed[i]}
                      roles={roles}
                      onlyDiscuss={onlyDiscuss}
                      projector={false}
                      lang={lang}
                      caption={`${i + 1}. ${dimension.name}`}
                    />
                  </div>
                ))}
              </>
            )}
          </section>

          {revealed && (
            <section aria-labelledby="consensus-heading" class="workshop-section">
              <h2 id="consensus-heading">{t.consensusHeading}</h2>
              <WorkshopConsensus
                rubricId={rubricId}
                rubric={rubric}
                workshop={workshop}
                resultsHref={props.resultsHref}
                printHref={props.printHref}
                lang={lang}
              />
            </section>
          )}

          <section aria-labelledby="reset-heading" class="workshop-section">
            <h2 id="reset-heading">{t.finishHeading}</h2>
            <p class="muted">{t.finishIntro}</p>
            <p>
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(t.confirmResetWorkshop(responses))) {
                    setProjector(false);
                    resetWorkshop(rubricId);
                  }
                }}
              >
                {t.resetWorkshop}
              </button>
            </p>
          </section>
        </>
      )}
      {live}
    </div>
  );
}
