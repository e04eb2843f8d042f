/**
 * The interface text in English: the words of the app itself (rubric text lives in src/content). Functions
 * build sentences that carry numbers, so each language can order and pluralise them its own way. Its shape
 * is the `Ui` type every other language must match (see ui.ts); importing this module makes it available
 * to `uiFor('en')`.
 */
import { provideUi } from './ui';

export const en = {
  /** Between a score's units and tenths: "2.7". */
  decimalMark: '.',
  seeResults: 'Results',
  answeredOf: (n: number, total: number) => `${n} of ${total} answered`,
  notStarted: 'Not started',
  updatedOn: (date: string) => `last changed ${date}`,
  stepsLabel: 'Steps',
  review: 'Review',
  previous: 'Previous',
  next: 'Next',
  notSure: 'Not sure',
  doesNotApply: 'Does not apply here',
  noteLabel: 'Note or evidence (optional)',
  digitsHint: 'Tip: with a choice focused, press 0 to 4 to pick a level.',
  countInvalid: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
  reviewIntro: 'Check what is left before you look at your results.',
  allAnswered: 'Every item is answered.',
  unansweredIn: (n: number) => (n === 1 ? '1 item not answered:' : `${n} items not answered:`),
  dimensionDone: 'all answered',
  goToResults: 'See the results',
  savedAt: (time: string) => `Saved on this device at ${time}`,
  memoryOnly:
    'This browser is not letting the site store anything, so your answers are kept only while this tab is open.',
  unreadableTitle: 'Saved answers could not be read',
  setAsideTitle: 'Earlier data kept aside',
  download: 'Download it',
  deleteSetAside: 'Delete it',
  confirmDeleteSetAside: 'Delete the data that was set aside? This cannot be undone.',
  siteUpdated:
    'This site has been updated since this page was opened, so part of it could not load. Reload the page to go on: what you typed stays.',
  reloadPage: 'Reload the page',
  /** Names joined for a sentence: "A", "A and B", "A, B and C". */
  /** A label and its text: "Level 2: Emerging". */
  labelled: (label: string, text: string) => `${label}: ${text}`,
  list: (names: string[]) =>
    names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? ''),
};

provideUi('en', en);
