/** The brief for the board's words in English (see brief.ts for why they are apart from en.ts). */
import { provideBriefUi } from './brief';

export const briefEn = {
  title: 'Brief for the board',
  /** Under the title: the district (when the answers name it) and the day the brief was made. */
  made: (district: string, date: string) => (district ? `${district} · ${date}` : date),
  print: 'Print',
  printHint: 'Two pages at most, Letter or A4. Choose “Save as PDF” in the print dialog for a PDF.',
  downloadWord: 'Download as Word',
  wordHint: 'An editable .docx of the same brief, for the board packet.',
  wordMaking: 'Making the Word document…',
  wordMade: 'The Word document is in your downloads.',
  wordFailed:
    'The Word document could not be made in this browser. Print the brief or save it as PDF instead.',
  wordNotLoaded:
    'The Word document could not load, most likely because the site was updated since this page was opened. Reload the page and press the button again.',
  wordFile: 'board-brief',
  // Each rubric
  notAnswered: 'Not answered yet: nothing to report on this rubric.',
  unreadable:
    'The answers saved for this rubric could not be read. Open its results page to see why and what to do.',
  startAnswering: 'Start answering',
  answered: (n: number, total: number) => `${n} of ${total} items answered.`,
  overall: 'Overall score',
  dimension: 'Dimension',
  score: 'Score',
  level: 'Level',
  target: 'Target',
  changeSince: (date: string) => `Change since ${date}`,
  tooFew: 'too few answers',
  levelName: (level: number, name: string) => `${level} ${name}`,
  leftOut: (names: string) => `Left out of the overall score, for too few answers: ${names}.`,
  since: (label: string, date: string, before: string, after: string, delta: string) =>
    `Since the snapshot “${label}” of ${date}: overall score ${before} then ${after} (${delta}).`,
  moved: (rose: number, fell: number) =>
    rose + fell === 0
      ? 'No item changed level.'
      : `${rose} ${rose === 1 ? 'item' : 'items'} rose and ${fell} fell.`,
  noPrevious:
    'No earlier snapshot to compare with: save one on the results page to see what changes next time.',
  /** The bars beside the table: what each mark means, in words as well as in shape. */
  barsLabel: (rubric: string) =>
    `${rubric}: each dimension’s score as a bar on the 0–4 scale, its target as a triangle, and its score at the previous snapshot as a ring. The same numbers are in the table.`,
  legendNow: 'score now',
  legendTarget: 'target',
  legendBefore: 'previous snapshot',
  qrLabel: (rubric: string) => `QR code that opens these answers to the ${rubric} on its results page`,
  qrCaption: 'Scan to open these answers',
  openOnline: 'Open these answers on their results page',
  // The plan
  stepsHeading: 'The plan’s main steps',
  step: 'Step',
  owner: 'Owner',
  due: 'Due',
  status: 'Status',
  none: '—',
  /** A step's status, as the plan page names it, and a step past its due date. */
  statuses: { 'not-started': 'Not started', 'under-way': 'Under way', done: 'Done', dropped: 'Dropped' },
  overdue: 'Past its due date.',
  openPlan: 'Open the plan to change its steps',
  noSteps: 'The plan has no open steps yet. Add next moves to it from a results page.',
  moreSteps: (more: number, done: number) =>
    [
      more > 0
        ? more === 1
          ? '1 more open step is in the plan.'
          : `${more} more open steps are in the plan.`
        : '',
      done > 0 ? (done === 1 ? '1 step is done.' : `${done} steps are done.`) : '',
    ]
      .filter(Boolean)
      .join(' '),
  // What we need
  needHeading: 'What we need from the board',
  needHint:
    'A short paragraph in your own words: the decision, resources or support you ask for. It is saved in this browser and printed on the brief.',
  needUnreadable:
    'The paragraph saved earlier could not be read. It is kept as it was, and set aside when you write a new one.',
  download: 'Download it',
  footer:
    'Made in the browser with the District Coaching Self-Assessment. Scores are means of the rated items on the 0–4 scale, shown to one decimal rounded down; a dimension with fewer than half of its items rated is not scored.',
};

provideBriefUi('en', briefEn);
