import type { Rubric } from '../../lib/schema/rubric';
import { useEffect, useRef, useState } from 'preact/hooks';
import { exitFullscreen } from './useFullscreen';

export interface ProjectorMode {
  projector: boolean;
  /** 0 is the join screen, 1…n the dimensions, n + 1 the summary. */
  screen: number;
  /** Moves to a screen (or by a step from the current one), kept within the screens there are. */
  goTo: (next: number | ((current: number) => number)) => void;
  /** Enters projector mode on `screen`. */
  enter: (screen: number) => void;
  /** Leaves projector mode and full screen. */
  exit: () => void;
  /** Leaves projector mode, staying in full screen if the page is. */
  close: () => void;
  /** The button that enters projector mode: focus returns to it on the way back. */
  button: { current: HTMLButtonElement | null };
}

/**
 * Projector mode over `count` screens. Screen readers hear where the projector moved to (`announce`), and the
 * page around the board (site header and footer) steps aside while it projects.
 */
export function useProjector(count: number, announce: (screen: number) => void): ProjectorMode {
  const [projector, setProjector] = useState(false);
  const [screen, setScreen] = useState(0);
  const button = useRef<HTMLButtonElement>(null);

  const goTo = (next: number | ((current: number) => number)) =>
    setScreen((current) =>
      Math.max(0, Math.min(count - 1, typeof next === 'function' ? next(current) : next)),
    );
  const announced = useRef(screen);
  useEffect(() => {
    if (!projector || announced.current === screen) return;
    announced.current = screen;
    announce(screen);
  }, [screen, projector]);

  // On the way back, focus returns to the button that opened projector mode.
  const wasProjecting = useRef(false);
  useEffect(() => {
    document.documentElement.classList.toggle('projecting', projector);
    if (!projector && wasProjecting.current) button.current?.focus();
    wasProjecting.current = projector;
    return () => document.documentElement.classList.remove('projecting');
  }, [projector]);

  return {
    projector,
    screen,
    goTo,
    enter: (start) => {
      setScreen(start);
      setProjector(true);
    },
    exit: () => {
      setProjector(false);
      exitFullscreen();
    },
    close: () => setProjector(false),
    button,
  };
}

/** The projector's screens: joining, each dimension, then all dimensions. */
export const screensOf = (rubric: Pick<Rubric, 'dimensions'>) => rubric.dimensions.length + 2;
