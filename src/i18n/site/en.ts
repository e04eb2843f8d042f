/**
 * The English text that only the Astro pages write into the HTML at build time: the header and footer,
 * page titles and descriptions, the home page and the blank rubric. It never reaches a browser as
 * JavaScript, so it costs the pages no script bytes; the islands' text is in ../en.ts. Its shape is the
 * `SiteUi` type every other language must match.
 */
export const siteEn = {
  /** The language's name in itself, for the language switch. */
  languageName: 'English',
  siteName: 'District Coaching Self-Assessment',
  /** The installed app: its name under the icon, and what the app stores show. */
  appShortName: 'Coaching',
  appDescription:
    'Rate your district against research-based rubrics on instructional coaching and see your scores and growth map, all in the browser.',
  /** Short name after a page's own title in the browser tab. */
  titleSuffix: 'Coaching Self-Assessment',
  skipToContent: 'Skip to content',
  navHome: 'Rubrics',
  navSummary: 'Summary',
  navPlan: 'Plan',
  navAbout: 'About',
  /** The language switch in the header: its label, and the link's text in the other language. */
  languageSwitch: 'Language',
  // The home page, the district summary and the pages' descriptions
  homeDescription:
    'Rate your district against research-based rubrics on instructional coaching and see where to grow next. Everything stays in your browser.',
  homeLead:
    'Rate your district against research-based rubrics on instructional coaching. Your scores are computed in this browser, and nothing you enter leaves it unless you choose to share it.',
  rubricSize: (dimensions: number, items: number) => `${dimensions} dimensions · ${items} items`,
  methodHeading: 'How it works',
  methodText:
    'Each rubric has four dimensions. For every indicator you pick the level, from 0 to 4, that best describes your district today, or say you are not sure. Scores are means of your answers, and the results name the weakest dimension.',
  methodLink: 'Read about the sources, the scoring and your privacy',
  beforeYouStart: 'Before you start',
  researchSays: 'What the research says',
  resultsTitle: (rubric: string) => `Results: ${rubric}`,
  resultsDescription: (rubric: string) => `Your scores on the ${rubric}.`,
  districtSummaryTitle: 'District summary',
  summaryDescription: 'Your district’s results on all three rubrics, side by side.',
  savedTitle: 'Data set aside',
  savedDescription: 'Saved data this browser could not read, kept unchanged: download or delete it.',
  summaryLead:
    'The three rubrics side by side. The conditions for coaching depend on how coaches are deployed and on how the district office supports school leaders, so read them together.',
  sheetDescription: (rubric: string) => `A printable one-page score sheet of your answers to the ${rubric}.`,
  blankDescription: (rubric: string) =>
    `The ${rubric} on paper: every item with its level descriptors and tick boxes, ready to print.`,
  workshopDescription: (rubric: string) =>
    `Run a workshop on the ${rubric}: gather a team’s ratings on one laptop, reveal them at once and record what the team agrees.`,
  footerPrivacy: 'Everything you enter stays in this browser. Nothing is sent anywhere.',
  /** The theme control in the header of every page. */
  themeLabel: 'Theme',
  themes: { system: 'System', light: 'Light', dark: 'Dark' },
  /** Said beside the theme control when storage refused the choice. */
  themeNotSaved: 'Not saved: this theme lasts until this tab closes.',
  minutes: (n: number) => `About ${n} minutes`,
  answer: 'Answer',
  // The printable score sheet (/print/) and the blank rubric (/rubric/)
  sheetTitle: (rubric: string) => `Score sheet: ${rubric}`,
  sheetNeedsScript:
    'The score sheet reads your saved answers with JavaScript, which is turned off. The blank rubric prints without it:',
  blankRubric: 'Print the blank rubric',
  preferPaper: 'Prefer paper?',
  blankTitle: (rubric: string) => `Blank rubric: ${rubric}`,
  blankIntro:
    'For each item, tick the one level that describes your district best today, or “Not sure”. Add evidence in the notes. You can type the answers in later, or answer on screen instead.',
  blankPrintHint: 'Print this page with your browser’s Print command (Ctrl+P, or ⌘P on a Mac).',
  answerOnScreen: 'Answer on screen',
  levelsHeading: 'The levels',
  indicator: 'Indicator',
  notesFor: (number: string) => `Notes on ${number}`,
  /** The questionnaire's fold under each item, opened to see the evidence to check. */
  lookForsSummary: 'What to look for',
  lookFors: 'What to look for:',
  blankKicker: 'Blank rubric',
  otherNotes: 'Other notes',
  // Offline support: a new version of the site took over this page
  siteUpdated: 'This site has been updated to a new version. Your saved answers are kept.',
  reloadForUpdate: 'Reload now',
  // The district plan (/plan/)
  /** On a results page, beside each next step (the results page's script does not carry these words). */
  addToPlan: 'Add to plan',
  addedToPlan: 'Added — open the plan',
  planTitle: 'District plan',
  planDescription:
    'Your district’s action plan across the three rubrics: steps, owners, due dates and measured progress.',
  planLead:
    'Every step your district plans toward the next level, across the three rubrics. Each step is checked against later ratings of its item, so progress is measured, not only declared.',
  planNeedsScript: 'The plan reads what you saved in this browser with JavaScript, which is turned off.',
  // The brief for the board (/brief/)
  briefTitle: 'Brief for the board',
  briefDescription:
    'A two-page brief for your board: where the district stands on each rubric, what changed, the plan’s main steps and what you need.',
  briefNeedsScript: 'The brief reads what you saved in this browser with JavaScript, which is turned off.',
  /** The link to the brief from the district summary and the plan, after a sentence saying what it is. */
  briefLinkIntro: 'Reporting to your board? Two printed pages, or a Word document to edit:',
  briefLink: 'Brief for the board',
  // The facilitator's guide (/guide/); its own text is in src/content/guide/
  /** Before the link to the guide, on the home page, the workshop board and the About page. */
  guideTeaser: 'Roles, a timed agenda, questions for each dimension and a debrief, ready to print:',
  guideContents: 'Contents',
  guideRubricsHeading: 'Agenda and questions for each rubric',
  guideAgendaCaption: (minutes: number) => `Suggested agenda: ${minutes} minutes`,
  guideStart: 'Starts at',
  guideStep: 'Step',
  guideMinutes: 'Minutes',
  guideTotal: 'Total',
  guideItemCount: (n: number) => (n === 1 ? '1 item' : `${n} items`),
  /** The items a question is about, by their numbers in the questionnaire and the paper rubric. */
  guideItems: (numbers: string[]) =>
    numbers.length === 1 ? `Item ${numbers[0]}` : `Items ${numbers.join(', ')}`,
  guideQuestionsHeading: 'Questions for discussion',
  guideBoard: 'Workshop board',
};
