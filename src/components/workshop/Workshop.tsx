import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { Rubric } from '../../lib/schema/rubric';
import { loadInBackground } from '../../lib/on-demand';
import type { RubricEntry } from '../../lib/share-code';
import { boardView } from '../../lib/views/board';
import { aggregateWorkshop, NO_ROLE, type Role } from '../../lib/workshop';
import { $storageMode } from '../../stores/storage';
import {
  $shortcuts,
  reveal,
  setAnonymousMode,
  setShortcuts,
  upgradeWorkshop,
  workshopSetAsideStore,
  workshopStore,
} from '../../stores/workshop';
import { useHydrated, useOnDemand } from '../common/hooks';
import SiteUpdated from '../common/SiteUpdated';
import BoardSection from './BoardSection';
import FinishWorkshop from './FinishWorkshop';
import GatherResponses from './GatherResponses';
import RollupSection, { loadRollup } from './RollupSection';
import { useShortcutKeys } from './keys';
import { useFullscreen } from './useFullscreen';
import { screensOf, useProjector } from './useProjector';
import WorkshopJoin from './WorkshopJoin';
import WorkshopNotices from './WorkshopNotices';
import WorkshopStart from './WorkshopStart';
import './workshop.css';

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

  const [byRole, setByRole] = useState(false);
  const [onlyDiscuss, setOnlyDiscuss] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [joinUrl, setJoinUrl] = useState<string | null>(null);
  useEffect(() => setJoinUrl(new URL(props.joinHref, location.href).href), []);
  // Responses and agreements gathered with an earlier layout of the rubric are brought up to this one.
  useEffect(() => void upgradeWorkshop(rubricId, rubric).catch(() => undefined), []);

  const count = screensOf(rubric);
  const screenName = (s: number) =>
    s === 0 ? t.joinTitle : s <= rubric.dimensions.length ? rubric.dimensions[s - 1]!.name : t.summaryTitle;
  const projector = useProjector(count, (s) =>
    setAnnouncement(t.screenAnnouncement(s + 1, count, screenName(s))),
  );
  const { fullscreen, toggle: toggleFullscreen } = useFullscreen();

  const revealed = workshop?.revealed ?? false;
  const responses = workshop?.responses.length ?? 0;
  const toggleReveal = () => {
    if (!workshop || (responses === 0 && !revealed)) return;
    reveal(rubricId, !revealed);
    setAnnouncement(revealed ? t.ratingsHiddenNow : t.ratingsRevealedNow);
  };
  // Start where the room is: joining while nobody has answered, else the first dimension.
  const enterProjector = () => projector.enter(responses === 0 ? 0 : 1);

  useShortcutKeys((key) => {
    if (!workshop) return false;
    const { goTo } = projector;
    if (shortcuts && key === 'p') {
      if (projector.projector) projector.exit();
      else enterProjector();
    } else if (!projector.projector) return false;
    else if (key === 'ArrowRight' || key === 'PageDown') goTo((s) => s + 1);
    else if (key === 'ArrowLeft' || key === 'PageUp') goTo((s) => s - 1);
    else if (key === 'Home') goTo(0);
    else if (key === 'End') goTo(count - 1);
    else if (key === 'Escape') projector.exit();
    else if (shortcuts && key === 'r') toggleReveal();
    else if (shortcuts && key === 'f') toggleFullscreen();
    else return false;
    return true;
  });

  // The statistics over every response, computed again only when the responses change.
  const responseList = workshop?.responses;
  const aggregate = useMemo(() => workshop && aggregateWorkshop(rubric, workshop), [rubric, responseList]);
  const view = workshop && aggregate ? boardView(rubric, workshop, aggregate) : null;
  // The QR code is drawn once: a keystroke or Reveal elsewhere on the board never draws it again.
  const join = useMemo(
    () =>
      joinUrl && <WorkshopJoin url={joinUrl} lang={lang} heading={{ level: 'h2', id: 'invite-heading' }} />,
    [joinUrl, lang],
  );
  const roleLabel = (key: string) => (key === NO_ROLE ? t.roles.none : (t.roles[key as Role] ?? key));
  const roles = byRole && view ? view.roles.map((key) => ({ key, label: roleLabel(key) })) : [];

  const live = (
    <p class="sr-only" role="status" aria-live="polite">
      {announcement}
    </p>
  );

  // Projector mode loads in the background once a workshop is under way: the first script does not carry
  // it, and it is there by the time anyone presses P.
  const Projector = useOnDemand(workshop !== null, () => import('./Projector'));
  // The same for the consensus, shown once the ratings are revealed.
  const WorkshopConsensus = useOnDemand(workshop !== null, () => import('./WorkshopConsensus'));
  if (projector.projector && workshop && view && Projector)
    return (
      <div class="workshop workshop-projecting">
        <Projector
          rubricId={rubricId}
          rubric={rubric}
          workshop={workshop}
          aggregate={view.aggregate}
          agreed={view.agreed}
          roles={roles}
          screen={projector.screen}
          onScreen={projector.goTo}
          onReveal={toggleReveal}
          onExit={projector.exit}
          fullscreen={fullscreen}
          canFullscreen={typeof document !== 'undefined' && document.fullscreenEnabled}
          onFullscreen={toggleFullscreen}
          joinUrl={joinUrl}
          shortcuts={shortcuts}
          lang={lang}
        />
        {live}
        <SiteUpdated lang={lang} />
      </div>
    );

  return (
    <div class="workshop" aria-busy={!hydrated}>
      <h1>{t.workshopTitle(rubric.title)}</h1>
      <p class="lead">{t.workshopLead}</p>
      <WorkshopNotices
        rubricId={rubricId}
        entry={entry}
        setAside={hydrated ? setAside : undefined}
        memoryOnly={hydrated && mode === 'memory'}
        lang={lang}
      />
      <SiteUpdated lang={lang} />
      {hydrated && entry === null && <WorkshopStart rubricId={rubricId} lang={lang} />}

      {workshop && view && (
        <>
          <p class="workshop-toolbar inline-form">
            <button
              type="button"
              ref={projector.button}
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
                onChange={(e) => setShortcuts(e.currentTarget.checked)}
              />{' '}
              {t.shortcutsToggle}
            </label>
            <label>
              <input
                type="checkbox"
                checked={workshop.anonymous === true}
                onChange={(e) => setAnonymousMode(rubricId, e.currentTarget.checked)}
                data-testid="anonymous"
              />{' '}
              {t.anonymousMode}
            </label>
          </p>

          <section aria-labelledby="invite-heading" class="workshop-section">
            {join}
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

          <BoardSection
            rubricId={rubricId}
            rubric={rubric}
            workshop={workshop}
            view={view}
            roles={roles}
            byRole={byRole}
            onByRole={setByRole}
            onlyDiscuss={onlyDiscuss}
            onOnlyDiscuss={setOnlyDiscuss}
            onReveal={toggleReveal}
            lang={lang}
          />

          {revealed && <RollupSection rubricId={rubricId} rubric={rubric} workshop={workshop} lang={lang} />}

          {revealed && WorkshopConsensus && (
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

          <FinishWorkshop rubricId={rubricId} responses={responses} lang={lang} onReset={projector.close}>
            <p class="muted">{t.workshopFileHint}</p>
            <p>
              <button
                type="button"
                onClick={() =>
                  loadInBackground(
                    () => loadRollup(lang),
                    ({ downloadWorkshop }) => downloadWorkshop(workshop, rubric.title),
                  )
                }
              >
                {t.downloadWorkshop}
              </button>
            </p>
          </FinishWorkshop>
        </>
      )}
      {live}
    </div>
  );
}
