/**
 * Interface text, by language. Rubric text lives in src/content; this holds only the words of the app itself.
 * Functions build sentences that carry numbers, so each language can order and pluralise them its own way.
 */
export const languages = ['en'] as const;
export type Lang = (typeof languages)[number];

const en = {
  siteName: 'District Coaching Self-Assessment',
  /** Short name after a page's own title in the browser tab. */
  titleSuffix: 'Coaching Self-Assessment',
  skipToContent: 'Skip to content',
  navHome: 'Rubrics',
  navSummary: 'Summary',
  navAbout: 'About',
  footerPrivacy: 'Everything you enter stays in this browser. Nothing is sent anywhere.',
  minutes: (n: number) => `About ${n} minutes`,
  answer: 'Answer',
  continueAnswering: 'Continue',
  seeResults: 'Results',
  progressLabel: 'Progress',
  answeredOf: (n: number, total: number) => `${n} of ${total} answered`,
  notStarted: 'Not started',
  updatedOn: (date: string) => `last changed ${date}`,
  stepsLabel: 'Steps',
  review: 'Review',
  previous: 'Previous',
  next: 'Next',
  notSure: 'Not sure',
  noteLabel: 'Note or evidence (optional)',
  digitsHint: 'Tip: with a choice focused, press 0 to 4 to pick a level.',
  clearAnswer: 'Clear answer',
  countInvalid: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
  reviewIntro: 'Check what is left before you look at your results.',
  allAnswered: 'Every item is answered.',
  unansweredIn: (n: number) => (n === 1 ? '1 item not answered:' : `${n} items not answered:`),
  dimensionDone: 'all answered',
  goToResults: 'See the results',
  saved: 'Saved on this device',
  savedAt: (time: string) => `Saved on this device at ${time}`,
  saveFailedQuota:
    'Not saved: this browser’s storage is full. Your answers are kept while this tab stays open.',
  saveFailedOther:
    'Not saved: this browser refused to store your answers. They are kept while this tab stays open.',
  memoryOnly:
    'This browser is not letting the site store anything, so your answers are kept only while this tab is open.',
  unreadableTitle: 'Saved answers could not be read',
  unreadable: (detail: string) =>
    `The answers saved in this browser for this rubric could not be read: ${detail}.`,
  unreadableKept: 'They have not been changed. Download them to keep a copy, or start over.',
  setAsideTitle: 'Earlier data kept aside',
  setAside:
    'Data that could not be read was set aside, unchanged. Download it, or delete it when you no longer need it.',
  download: 'Download it',
  startOver: 'Start over',
  deleteSetAside: 'Delete it',
  confirmDeleteSetAside: 'Delete the data that was set aside? This cannot be undone.',
  resultsEmpty: 'Nothing is answered yet for this rubric.',
  startAnswering: 'Start answering',
  overall: 'Overall',
  overallScore: 'Overall score',
  level: 'Level',
  score: 'Score',
  dimension: 'Dimension',
  answeredCol: 'Answered',
  unsureCol: 'Not sure',
  unansweredCol: 'Not answered',
  weakest: (names: string) => `Weakest: ${names}`,
  weakestWhy: 'The dimensions depend on each other, so the weakest one limits the rest.',
  notScored: 'not scored yet',
  unscoredNote: (names: string) =>
    `Not in the overall score yet, because none of its items has a level: ${names}.`,
  scoreOutOf: (score: string) => `${score} out of 4`,
  facts: 'Facts you entered',
  aboveRecommended: (max: number) => `above the recommended ${max}`,
  editAnswers: 'Change answers',
  insightsHeading: 'What your answers suggest',
  movesHeading: 'Next moves',
  movesIntro:
    'The moves that matter most, in order: foundations first, because the other dimensions depend on them, then the largest gaps to target.',
  movesNone:
    'Every scored dimension has reached its target. Raise a target in the growth map to plan the next step.',
  moveReason: {
    foundation: 'Foundation: the other dimensions depend on it.',
    'largest-gap': 'The largest gap to its target.',
    gap: 'Below its target.',
  },
  moveGap: (gap: string, target: string) => `${gap} below the target of ${target}.`,
  nextStepFor: (item: string) => `Next for “${item}”:`,
  gridHeading: 'Growth map',
  gridIntro:
    'Each row shows where a dimension stands now, its target, and what the next level looks like. Show the items of a dimension to see the next step for each.',
  now: 'Now',
  target: 'Target',
  was: (label: string) => `In ${label}`,
  nextLevel: 'Next:',
  targetFor: (name: string) => `Target for ${name}`,
  defaultTarget: (level: string) => `Default: ${level}`,
  noTarget: 'Answer an item first',
  showItems: (name: string) => `Show the items of ${name}`,
  atTop: 'At the top of the continuum: keep it there.',
  notRated: 'Not rated',
  chartHeading: 'Scores and targets',
  chartDescription: (rubric: string) =>
    `Radar chart of ${rubric}: current scores and targets on the 0–4 scale for each dimension. The same numbers are in the table below.`,
  current: 'Current',
  historyHeading: 'History',
  historyIntro:
    'Save today’s answers as a snapshot, then compare later assessments with it to see how the district has grown.',
  snapshotLabel: 'Label',
  snapshotPlaceholder: 'e.g. Fall 2026 baseline',
  saveSnapshot: 'Save snapshot',
  snapshotSaved: (label: string) => `Saved “${label}”.`,
  noSnapshots: 'No snapshots yet.',
  savedOn: (date: string) => `saved ${date}`,
  rename: 'Rename',
  renameTo: (label: string) => `New label for “${label}”`,
  deleteSnapshot: 'Delete',
  confirmDelete: (label: string) => `Delete the snapshot “${label}”?`,
  deleted: (label: string) => `Deleted “${label}”.`,
  undo: 'Undo',
  compareHeading: 'Compare',
  compareFrom: 'Earlier',
  compareTo: 'Later',
  compareNone: 'Nothing (no comparison)',
  currentAnswers: 'Current answers',
  changeHeading: (from: string, to: string) => `Change from ${from} to ${to}`,
  change: 'Change',
  save: 'Save',
  cancel: 'Cancel',
  and: 'and',
};

export type Ui = typeof en;
export const ui: Record<Lang, Ui> = { en };

/** The interface text of a language. */
export function uiFor(lang: Lang = 'en'): Ui {
  return ui[lang];
}
