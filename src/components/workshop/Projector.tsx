import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { Rubric } from '../../lib/schema/rubric';
import type { DimensionScore } from '../../lib/scoring';
import { discussIn } from '../../lib/views/board';
import type { Aggregate, Workshop } from '../../lib/workshop';
import { screensOf } from './useProjector';
import WorkshopJoin from './WorkshopJoin';
import { LevelLegend } from './board/BoardParts';
import { DimensionTable } from './board/DimensionTable';
import { SummaryTable } from './board/SummaryTable';
import './projector.css';
import './projector-board.css';

interface Props {
  rubricId: string;
  rubric: Rubric;
  workshop: Workshop;
  aggregate: Aggregate;
  agreed: (DimensionScore | undefined)[];
  roles: { key: string; label: string }[];
  /** 0 is the join screen, 1…n the dimensions, n + 1 the summary. */
  screen: number;
  onScreen: (screen: number) => void;
  onReveal: () => void;
  onExit: () => void;
  fullscreen: boolean;
  canFullscreen: boolean;
  onFullscreen: () => void;
  joinUrl: string | null;
  shortcuts: boolean;
  lang: Lang;
}

/** The range of the projector's type size, as a share of its base size, that fitting may choose from. */
const MIN_FIT = 0.6;
const MAX_FIT = 1.2;

/**
 * Sets the type of the projector's screen as large as it allows, between MIN_FIT and MAX_FIT of its base
 * size in steps of 5%: a dimension with few short items fills the screen, and a long one, or the breakdown by
 * role, shrinks to fit instead of running off the bottom. Runs again when the window is resized.
 */
function useFitToScreen(root: { current: HTMLElement | null }, content: unknown[]): void {
  const [size, setSize] = useState(0);
  useEffect(() => {
    const onResize = () => setSize((n) => n + 1);
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    const box = root.current;
    const screen = box?.querySelector<HTMLElement>('.projector-screen');
    if (!box || !screen) return;
    const overflows = () => screen.scrollHeight > screen.clientHeight || box.scrollWidth > box.clientWidth;
    for (let step = Math.round(MAX_FIT * 20); step >= Math.round(MIN_FIT * 20); step--) {
      box.style.setProperty('--fit', (step / 20).toFixed(2));
      if (!overflows()) break;
    }
  }, [...content, size]);
}

/** The number of projector screens for a rubric: join, one per dimension, summary. */

/** The workshop on a projector: one screen at a time, large type, high contrast, nothing to scroll. */
export default function Projector(props: Props) {
  const { rubric, workshop, aggregate, screen, onScreen, lang, shortcuts } = props;
  const t = teamUiFor(lang);
  const count = screensOf(rubric);
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLElement>(null);
  useFitToScreen(root, [screen, workshop, props.roles.length, props.joinUrl]);
  const dimension =
    screen >= 1 && screen <= rubric.dimensions.length ? rubric.dimensions[screen - 1] : undefined;
  const title = screen === 0 ? t.joinTitle : dimension ? `${screen}. ${dimension.name}` : t.summaryTitle;

  // Focus starts on the projector's heading, so keyboard and screen-reader users know where they are.
  useEffect(() => heading.current?.focus(), []);

  const discuss = dimension ? discussIn(aggregate.dimensions[screen - 1]!) : 0;

  const revealedDimension = dimension && workshop.revealed;
  return (
    <section class="projector" aria-labelledby="projector-title" data-screen={screen} ref={root}>
      <header class="projector-bar">
        <h1 id="projector-title" class="projector-title" tabIndex={-1} ref={heading}>
          {t.workshopTitle(rubric.shortTitle)}
        </h1>
        <p class="projector-actions">
          <button
            type="button"
            class="primary"
            onClick={props.onReveal}
            disabled={workshop.responses.length === 0 && !workshop.revealed}
            aria-keyshortcuts={shortcuts ? 'R' : undefined}
          >
            {workshop.revealed ? t.hideRatings : t.revealRatings}
            {shortcuts && <kbd aria-hidden="true">R</kbd>}
          </button>
          {props.canFullscreen && (
            <button
              type="button"
              onClick={props.onFullscreen}
              aria-pressed={props.fullscreen}
              aria-keyshortcuts={shortcuts ? 'F' : undefined}
            >
              {t.fullScreen}
              {shortcuts && <kbd aria-hidden="true">F</kbd>}
            </button>
          )}
          <button type="button" onClick={props.onExit} aria-keyshortcuts={shortcuts ? 'P Escape' : 'Escape'}>
            {t.leaveProjector}
            {shortcuts && <kbd aria-hidden="true">P</kbd>}
          </button>
        </p>
        <nav class="projector-nav" aria-label={t.screensLabel}>
          <button type="button" onClick={() => onScreen(screen - 1)} disabled={screen === 0}>
            <span aria-hidden="true">←</span> {t.previous}
          </button>
          <span class="projector-position">{t.screenOf(screen + 1, count)}</span>
          <button type="button" onClick={() => onScreen(screen + 1)} disabled={screen === count - 1}>
            {t.next} <span aria-hidden="true">→</span>
          </button>
        </nav>
      </header>

      <div class="projector-screen">
        <h2 class="projector-heading">{title}</h2>
        {(revealedDimension || (screen === count - 1 && workshop.revealed)) && (
          <p class="projector-legend">
            <LevelLegend rubric={rubric} lang={lang} />
            {revealedDimension && discuss > 0 && (
              <strong class="projector-discuss">{t.toDiscuss(discuss)}</strong>
            )}
          </p>
        )}
        {screen === 0 && (props.joinUrl ? <WorkshopJoin url={props.joinUrl} lang={lang} /> : null)}
        {dimension &&
          (workshop.revealed ? (
            <DimensionTable
              rubricId={props.rubricId}
              rubric={rubric}
              dimension={dimension}
              index={screen}
              aggregate={aggregate.dimensions[screen - 1]!}
              consensus={workshop.consensus}
              agreedScore={props.agreed[screen - 1]}
              roles={props.roles}
              onlyDiscuss={false}
              projector
              lang={lang}
              caption={title}
            />
          ) : (
            <div class="projector-hidden">
              <ol class="projector-items">
                {dimension.items.map((item, i) => (
                  <li key={item.id}>
                    <span class="item-number">
                      {screen}.{i + 1}
                    </span>{' '}
                    {item.text}
                  </li>
                ))}
              </ol>
              <p class="hidden-note">{t.ratingsHiddenProjector(workshop.responses.length)}</p>
            </div>
          ))}
        {screen === count - 1 &&
          (workshop.revealed ? (
            <SummaryTable
              rubric={rubric}
              dimensions={aggregate.dimensions}
              agreed={props.agreed}
              lang={lang}
              caption={t.summaryTitle}
            />
          ) : (
            <p class="hidden-note">{t.ratingsHiddenProjector(workshop.responses.length)}</p>
          ))}
      </div>
      <p class="projector-foot">
        <strong data-testid="projector-count">{t.responsesCount(workshop.responses.length)}</strong>
        {revealedDimension && <span>{t.agreedOutlined}</span>}
        {shortcuts && <span>{t.projectorKeys}</span>}
      </p>
    </section>
  );
}
