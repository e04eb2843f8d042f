/**
 * The words of the pages that show answers, in English: the results page, the score sheet, the district
 * summary, history, sharing and files (see `ResultsUi` in ui.ts for why they are apart from en.ts). Its shape is the
 * `ResultsUi` type every other language must match.
 */
import type { ImportError } from '../lib/files';
import { provideUi, shortList } from './ui';

export const resultsEn = {
  resultsEmpty: 'Nothing is answered yet for this rubric.',
  startAnswering: 'Start answering',
  overallScore: 'Overall score',
  level: 'Level',
  score: 'Score',
  dimension: 'Dimension',
  answeredCol: 'Answered',
  unsureCol: 'Not sure',
  unansweredCol: 'Not answered',
  weakest: (names: string) => `Weakest: ${names}`,
  weakestWhy:
    'It has the lowest score. Naming it is the tool’s own choice, not a finding of the sources; what to work on first follows the order of the next moves.',
  notScored: 'not scored yet',
  /** What stands in for a score: "not enough answers" once some items have a level, but fewer than half. */
  noScore: (tooFew: boolean): string => (tooFew ? 'not enough answers to score' : 'not scored yet'),
  unscoredNote: (names: string) =>
    `Left out of the overall score, because fewer than half of their items have a level: ${names}.`,
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
  wasInline: (label: string) => `in ${label}`,
  nextLevel: 'Next:',
  targetFor: (name: string) => `Target for ${name}`,
  defaultTarget: (level: string) => `Default: ${level}`,
  noTarget: 'Rate at least half its items first',
  showItems: (name: string) => `Show the items of ${name}`,
  atTop: 'At the top of the continuum: keep it there.',
  notRated: 'Not rated',
  naCount: (n: number) => `${n} does not apply`,
  // The printable score sheet (/print/) and the blank rubric (/rubric/)
  sheetKicker: 'Score sheet',
  sheetIntro:
    'A one-page summary of your answers to print or save as PDF (choose “Save as PDF” in the print dialog). The district and role you type here are saved with your answers on this device.',
  print: 'Print',
  printSheet: 'Score sheet to print',
  printHint: 'Prints on one page, Letter or A4.',
  backToResults: 'Back to the results',
  district: 'District',
  respondentRole: 'Respondent role',
  rolePlaceholder: 'e.g. Superintendent',
  date: 'Date',
  source: 'Source',
  sources: 'Sources',
  qrCaption: 'Scan to open these results',
  qrLabel: 'QR code of the link to these results',
  qrIncludeNotes: 'Include notes in the QR code',
  qrNotesTooLong: 'The notes are too long for a QR code, so it holds the answers and targets without them.',
  qrUnavailable: 'The QR code could not be made in this browser.',
  sheetGridHeading: 'Levels by dimension and item',
  sheetChartDescription: (rubric: string) =>
    `Radar chart of ${rubric}: current scores and targets on the 0–4 scale, one axis per dimension, keyed by the letters in the growth map. The same numbers are in the growth map.`,
  sheetLegendNow: 'current level',
  sheetLegendTarget: 'target',
  sheetLegendPath: 'path to the target',
  notesHeading: 'Notes',
  item: 'Item',
  note: 'Note',
  sheetFooter:
    'Scored in the browser with the District Coaching Self-Assessment; nothing was sent to a server.',
  lookForsOnBlank: 'What to look for to rate each item is on the blank rubric:',
  count: (unit: string) => `Number: ______ ${unit}`,
  recommendedMax: (max: number, unit: string) => `Recommended: at most ${max} ${unit}.`,
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
  change: 'Change',
  save: 'Save',
  shareHeading: 'Share and keep',
  shareIntro:
    'A share link carries your answers inside the link itself, after the # sign, so they never reach a server. Anyone with the link can see them.',
  includeNotes: 'Include notes',
  includeProfile: 'Include district and role',
  makeLink: 'Create share link',
  linkLabel: 'Share link',
  copyLink: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Copying was not allowed: select the link and copy it yourself.',
  shareNative: 'Share…',
  linkTooLong: 'The notes make this link too long. Share it without notes, or export a file instead.',
  linkLength: (n: number) => `${n} characters`,
  filesHeading: 'Files',
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV (spreadsheet)',
  importLabel: 'Open an exported file (JSON)',
  dropHint: 'or drop the file here',
  openSavedHeading: 'Open a saved file or paste a link',
  openSavedIntro:
    'Answers from another device: open a file exported from this site, or paste a results link. They show first, and nothing is saved until you choose to.',
  pasteLinkLabel: 'Paste a results link',
  openLink: 'Open the link',
  pasteLinkEmpty: 'Paste a results link first: it holds “#r=” followed by letters and digits.',
  incomingFromLink: 'You are looking at results shared by a link. Nothing has been saved on this device.',
  incomingFromFile: (name: string) =>
    `You are looking at the results in “${name}”. Nothing has been saved on this device.`,
  keepAsMine: 'Save to my assessments',
  replaceMine: 'Replace my answers with these',
  confirmReplace:
    'Replace the answers saved on this device with these? Your current answers will be lost unless you save a snapshot first.',
  keepAsSnapshot: 'Keep my answers, save these as a snapshot',
  closeIncoming: 'Close and show my answers',
  sharedSnapshotLabel: (date: string) => `Shared results, opened ${date}`,
  /** Why a share link could not be opened, by the codes of lib/share-code.ts. */
  linkErrors: {
    empty: 'This link does not contain any results.',
    characters:
      'This link contains characters that do not belong in it: it may have been mistyped or changed when it was copied.',
    truncated: 'This link is incomplete: it may have been cut off when it was copied.',
    checksum: 'This link has been changed since it was made, so its results cannot be trusted.',
    version: 'This link was made by a newer version of this site and cannot be opened here.',
    format: 'This link was made in a format this site does not know and cannot be opened.',
    rubric: 'This link is for a rubric this site does not have.',
    shape:
      'This link was made for a different edition of this rubric, whose questions have changed, so it cannot be opened.',
    corrupt: 'This link is damaged and its results cannot be read.',
    'too-long': 'This link is far too long to be a results link from this site.',
  },
  /** Why a file could not be opened, from the codes of lib/files.ts. */
  fileError: (error: ImportError | { code: 'other-rubric' }): string => {
    const list = shortList(error.code === 'rubric' || error.code === 'unknown-ids' ? (error.ids ?? []) : []);
    const quoted = list.shown.map((id) => `“${id}”`).join(', ');
    const ids = list.more > 0 ? `${quoted} and ${list.more} more` : quoted;
    switch (error.code) {
      case 'empty':
        return 'This file is empty.';
      case 'too-large':
        return 'This file is too large to be an assessment exported from this site (the limit is 1 MB).';
      case 'not-json':
        return 'This file is not an assessment exported from this site: its contents are not JSON.';
      case 'not-ours':
        return 'This file is not an assessment exported from this site: it is JSON, but in another format.';
      case 'unreadable':
        return 'This file could not be read as a saved assessment.';
      case 'newer':
        return `This file was exported by a newer version of this site (file format ${error.found ?? '?'}). Open it on an up-to-date copy of the site.`;
      case 'version':
        return 'This file is not in the expected shape: its “version” is not one this site uses.';
      case 'shape':
        return `This file is not in the expected shape: ${error.path ? `the value at “${error.path}”` : 'its contents'} is missing or not valid.`;
      case 'rubric':
        return `This file is for a rubric this site does not have (${ids}).`;
      case 'unknown-ids':
        return `This file has answers to questions that this version of the rubric does not have: ${ids}.`;
      case 'other-rubric':
        return 'This file holds answers to another rubric. Open it from that rubric’s results page.';
    }
  },
  linkBroken: (message: string) =>
    `This link could not be opened. ${message} Your saved answers have not been changed.`,
  fileBroken: (name: string, message: string) =>
    `“${name}” could not be opened. ${message} Your saved answers have not been changed.`,
  csvHeaders: {
    dimension: 'Dimension',
    item: 'Item',
    level: 'Level',
    levelName: 'Level name',
    note: 'Note',
    lookFors: 'What to look for',
  },
  csvUnsure: 'not sure',
  csvNa: 'does not apply',
  // Sending a response to a workshop, and adding one to it (the board's own text is in i18n/workshop.ts)
  workshopFull: 'The workshop already holds as many responses as it can.',
  addToWorkshop: 'Add to the current workshop',
  addedToWorkshop: (n: number, total: number) => `Added to the workshop as response ${n} (${total} in all).`,
  alreadyInWorkshop: (n: number) => `Already in the workshop: response ${n} has the same answers.`,
  backToBoard: 'Back to the workshop board',
  workshopLink: 'Workshop board',
  inAWorkshop: 'In a workshop?',
  sendToFacilitatorIntro:
    'Send your results to the person running it: your ratings, your role and school if you give them here (the facilitator groups responses by both), and your notes and district only if you ticked the boxes above.',
  yourRole: 'Your role',
  yourSchool: 'Your school',
  sendToFacilitator: 'Send to facilitator',
  facilitatorShareTitle: (rubric: string) => `My ratings: ${rubric}`,
  facilitatorShareText: (rubric: string) => `My ratings for the workshop on the ${rubric}:`,
  facilitatorCopied: 'Link copied: paste it into a message to your facilitator.',
  sentToFacilitator: 'Sent.',
  facilitatorLinkLabel: 'Your results link',
  cancel: 'Cancel',
};

provideUi('en', resultsEn);
