/**
 * Interface text of the trend of scores over time (components/results/Trend.tsx). Both languages live here
 * together, loaded with the trend and only when there are two moments to compare, so no page's first script
 * carries these words.
 */
import type { Lang } from './ui';

interface TrendUi {
  heading: string;
  intro: string;
  overall: string;
  target: (score: string) => string;
  /** The table's first column: when, and what. */
  moment: string;
  caption: string;
  noDate: string;
  /** The district summary's trend: each rubric's overall score. */
  summaryIntro: string;
  captionOf: (rubric: string) => string;
}

export const trendUi: Record<Lang, TrendUi> = {
  en: {
    heading: 'Progress over time',
    intro:
      'Your snapshots and your current answers, oldest first, dated by when their ratings were last changed. A gap in a line is a moment with too few answers to score. The dashed line is each dimension’s target, as the growth map shows it (one level up unless you chose another).',
    overall: 'Overall score',
    target: (score) => `target ${score}`,
    moment: 'When',
    caption: 'Scores over time',
    noDate: 'no date',
    summaryIntro:
      'The overall score of each rubric with a snapshot, oldest first, dated by when its ratings were last changed. Each results page shows the same for every dimension.',
    captionOf: (rubric) => `${rubric}: overall score over time`,
  },
  fr: {
    heading: 'Progrès dans le temps',
    intro:
      'Vos instantanés et vos réponses actuelles, du plus ancien au plus récent, datés de la dernière modification de leurs niveaux. Une ligne interrompue signale un moment où il y avait trop peu de réponses pour un score. La ligne pointillée est la cible de chaque dimension, telle que la montre la carte de progression (un niveau plus haut, sauf si vous en avez choisi une autre).',
    overall: 'Score global',
    target: (score) => `cible ${score}`,
    moment: 'Quand',
    caption: 'Scores dans le temps',
    noDate: 'sans date',
    summaryIntro:
      'Le score global de chaque grille qui a un instantané, du plus ancien au plus récent, daté de la dernière modification de ses niveaux. Chaque page de résultats montre la même chose pour chaque dimension.',
    captionOf: (rubric) => `${rubric}\u00a0: score global dans le temps`,
  },
};
