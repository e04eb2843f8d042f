/**
 * The workshop board's own words in English (see workshop.ts for why they are apart from en.ts). Its shape
 * is the `WorkshopUi` type every other language must match.
 */
import { provideWorkshopUi } from './workshop';

export const workshopEn = {
  workshopTitle: (rubric: string) => `Workshop: ${rubric}`,
  workshopLead:
    'Each person rates the rubric on their own phone or laptop and sends you their link. Gather the links here, reveal everyone’s ratings at once, talk through the items where people disagree, and record what the team agrees. Nothing leaves this device.',
  workshopNeedsScript:
    'The workshop board gathers and counts responses with JavaScript, which is turned off.',
  workshopMemoryOnly:
    'This browser is not letting the site store anything, so the workshop is kept only while this tab is open.',
  startHeading: 'Run a workshop with your team',
  startStepInvite: 'Show the room the code to scan: everyone answers on their own device.',
  startStepGather: 'Each person sends you their results link; paste the links here, or open their files.',
  startStepReveal: 'Reveal the ratings all at once, so nobody anchors on the first numbers they hear.',
  startStepAgree:
    'Discuss where ratings spread, record the agreed level for each item, and keep it as the district’s assessment.',
  startPrivacy:
    'There is no server and no account: responses are kept in this browser only, until you reset the workshop.',
  startWorkshop: 'Start the workshop',
  projectorMode: 'Projector mode',
  shortcutsToggle: 'Single-key shortcuts (P projector, R reveal, F full screen)',
  joinTitle: 'Join the workshop',
  joinQrLabel: 'QR code of the questionnaire’s address',
  joinTypeAddress: 'Scan the code, or type this address:',
  joinStepOpen: 'Open the questionnaire on your phone or laptop.',
  joinStepAnswer: 'Rate each item on your own; “Not sure” is a fine answer.',
  joinStepSend: 'On your results page, press “Send to facilitator” and send the link.',
  gatherHeading: 'Gather responses',
  gatherIntro:
    'Paste the links participants send you, one or many at once, just as they arrived: on separate lines, or separated by spaces or commas. A response that cannot be added is named with the reason; the others are still added.',
  pasteLabel: 'Response links or codes',
  pasteHint:
    'Links from “Send to facilitator” or “Create share link”, or the codes after #r=. Exported JSON works too.',
  addResponses: 'Add responses',
  responseFilesLabel: 'Open response files (JSON)',
  dropFilesHint: 'or drop them here',
  addedResponses: (numbers: number[]) =>
    numbers.length === 1
      ? `Added response ${numbers[0]}.`
      : `Added ${numbers.length} responses (numbers ${numbers[0]} to ${numbers.at(-1)}).`,
  addedNone: 'No response was added.',
  refusedTitle: (n: number) => (n === 1 ? 'Not added: 1 response' : `Not added: ${n} responses`),
  refusedNothingChanged: 'The responses already gathered have not been changed.',
  refused: (which: string, why: string) => `${which}: ${why}.`,
  responseOf: (position: number, total: number) => `Response ${position} of ${total}`,
  responseFile: (name: string) => `“${name}”`,
  thisResponse: 'This response',
  refusalLink: {
    otherRubric: (title: string) => `this link is for the ${title} rubric, not this one`,
    empty: 'the link does not contain any answers',
    characters:
      'the link contains characters that do not belong in it: it may have been mistyped or changed when it was copied',
    truncated: 'the link is incomplete: it may have been cut off when it was copied',
    checksum: 'the link has been changed since it was made, so its answers cannot be trusted',
    version: 'the link was made by a newer version of this site, which this copy cannot read',
    rubric: 'the link is for a rubric this site does not have',
    shape: 'the link was made for another edition of this rubric, whose questions have changed',
    corrupt: 'the link is damaged and its answers cannot be read',
    format: 'the link was made in a format this site does not know',
    'too-long': 'the link is far too long to be a results link from this site',
    'no-code':
      'this is a link to a page, not a response: ask for the link from “Send to facilitator” on their results page',
  },
  refusalFile: {
    otherRubric: (title: string) => `this file is for the ${title} rubric, not this one`,
  },
  refusalDuplicate: (n: number) => `it has the same answers as response ${n}, which is already here`,
  refusalFull:
    'the workshop already holds as many responses, or as much text, as it can store: remove some, or end it and start another',
  addDuplicatesAnyway: (n: number) =>
    n === 1
      ? 'Add the repeated response anyway (two people can answer alike)'
      : `Add the ${n} repeated responses anyway (two people can answer alike)`,
  responsesSummary: (n: number) => (n === 1 ? '1 response' : `${n} responses`),
  responsesCaption: 'Responses gathered, with the role each is counted under',
  responseCol: 'Response',
  addedCol: 'Added',
  sharedAsCol: 'Shared as',
  roleCol: 'Role',
  actionsCol: 'Actions',
  responseNumber: (n: number) => `Response ${n}`,
  roleOf: (n: number) => `Role of response ${n}`,
  roles: {
    principal: 'Principal',
    'district-staff': 'District staff',
    coach: 'Coach',
    other: 'Other',
    none: 'No role given',
  },
  schoolCol: 'School',
  schoolOf: (n: number) => `School of response ${n}`,
  anonymousMode: 'Anonymous mode: hide names, schools and roles',
  hiddenAnonymous: 'hidden',
  openRollup: 'Roll-up by school and role',
  downloadWorkshop: 'Download the workshop file',
  workshopFileHint:
    'To carry this workshop to another laptop, or merge it with other sessions: open the file there under “Open response files”. In anonymous mode the file keeps no name, school or role.',
  remove: 'Remove',
  removeResponse: (n: number) => `Remove response ${n}`,
  confirmRemoveResponse: (n: number) => `Remove response ${n} from the workshop? This cannot be undone.`,
  boardHeading: 'Board',
  revealRatings: 'Reveal the ratings',
  hideRatings: 'Hide the ratings',
  ratingsRevealedNow: 'Ratings revealed.',
  ratingsHiddenNow: 'Ratings hidden.',
  boardEmpty: 'No responses yet. Paste the links participants send you above.',
  ratingsHidden: (n: number) =>
    `${n === 1 ? '1 response' : `${n} responses`} gathered. The ratings stay hidden, not even on this page, until you reveal them, so nobody anchors on the first numbers they see.`,
  ratingsHiddenProjector: (n: number) =>
    `${n === 1 ? '1 response' : `${n} responses`} in. Ratings stay hidden until everyone has answered.`,
  breakdownByRole: 'Break down by role',
  onlyToDiscuss: 'Only items to discuss',
  noRolesYet: 'Give responses a role in the list above to see the breakdown.',
  discussSummary: (n: number) =>
    n === 0
      ? 'No item to discuss: on every item, ratings are within one level of each other.'
      : `${n === 1 ? '1 item' : `${n} items`} to discuss: ratings spread by 2 levels or more.`,
  discussFlag: 'Discuss',
  toDiscuss: (n: number) => (n === 1 ? '1 item to discuss' : `${n} items to discuss`),
  median: 'Median',
  mean: 'Mean',
  spread: 'Spread',
  agreed: 'Agreed',
  dimensionScoreRow: 'Dimension',
  dimensionScoreNote: 'each person’s dimension score',
  noAnswerFrom: (n: number) => (n === 1 ? '1 gave no answer' : `${n} gave no answer`),
  notApplyFrom: (n: number) =>
    n === 1 ? '1 says it does not apply here' : `${n} say it does not apply here`,
  /** "Does not apply here" in the projector's narrow agreed-level list. */
  notApplyShort: 'n/a',
  mediansByRole: (list: string) => `Median by role: ${list}`,
  roleGroup: (role: string, n: number) => `${role} (${n})`,
  agreedLevelFor: (number: string) => `Agreed level for item ${number}`,
  agreedNumberFor: (number: string, unit: string) => `Agreed number for item ${number} (${unit})`,
  dissent: 'Dissent',
  onItem: (number: string) => `on item ${number}`,
  noNumbers: 'No numbers given yet.',
  numbersGiven: (min: number, max: number, unit: string, answered: number, unanswered: number) =>
    `From ${min} to ${max} ${unit}; ${answered} answered${unanswered > 0 ? `, ${unanswered} did not` : ''}.`,
  consensusHeading: 'Consensus',
  consensusIntro:
    'For each item, choose the level the team agrees on in the Agreed column, and note any dissent beside it. The agreed levels make an assessment like any other: results, score sheet, share link and history.',
  agreedOf: (n: number, total: number) => `${n} of ${total} items agreed`,
  consensusScore: (score: string, level: string) => `Agreed overall score: ${score} (level ${level})`,
  consensusIncomplete: (n: number) =>
    `${n === 1 ? '1 item has' : `${n} items have`} no agreed answer yet and would be left unanswered.`,
  useAsDistrict: 'Use as our district’s assessment',
  confirmReplaceWithConsensus:
    'Replace the answers saved on this device for this rubric with the team’s consensus? The current answers will be lost unless you save them as a snapshot first.',
  saveConsensusSnapshot: 'Save as a snapshot',
  consensusSnapshotLabel: (date: string) => `Workshop consensus, ${date}`,
  consensusRole: (n: number) => `Team consensus of ${n === 1 ? '1 participant' : `${n} participants`}`,
  dissentNote: (text: string) => `Dissent: ${text}`,
  consensusAdopted: 'The consensus is now your district’s assessment of this rubric.',
  consensusSnapshotSaved: (label: string) =>
    `Saved the snapshot “${label}”; it is in the history on the results page.`,
  seeTheResults: 'See the results',
  finishHeading: 'Finish',
  finishIntro:
    'When the workshop is over, reset it to remove every response from this device. An assessment or snapshot you saved from the consensus stays.',
  resetWorkshop: 'Reset the workshop',
  confirmResetWorkshop: (n: number) =>
    `Reset the workshop? ${n === 1 ? 'The response' : `All ${n} responses`} and every agreed level will be removed from this device. This cannot be undone.`,
  screensLabel: 'Screens',
  screenOf: (n: number, total: number) => `${n} / ${total}`,
  screenAnnouncement: (n: number, total: number, name: string) => `Screen ${n} of ${total}: ${name}`,
  summaryTitle: 'All dimensions',
  responsesCount: (n: number) => (n === 1 ? '1 response' : `${n} responses`),
  fullScreen: 'Full screen',
  leaveProjector: 'Leave',
  projectorKeys: '← → move · R reveal or hide · F full screen · P or Esc leave',
  agreedOutlined: 'Outlined: the agreed level',
  startAWorkshop: 'Start a workshop',
  workshopEntryIntro:
    'Running a session with principals and district staff? Everyone rates on their own phone, you gather the responses on one laptop, reveal them all at once and record what the team agrees. No accounts and no server.',
};

provideWorkshopUi('en', workshopEn);
