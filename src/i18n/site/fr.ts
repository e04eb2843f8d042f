/**
 * The French text that only the Astro pages write into the HTML (see ./en.ts); the islands' text is in
 * ../fr.ts, whose typography this follows.
 */
/* eslint-disable no-irregular-whitespace -- French typography, as in the French rubric content: a no-break
   space (U+00A0) before a colon and inside guillemets, a narrow no-break space (U+202F) before ; ? and !. */
import type { SiteUi } from '../pages';
import { plural } from '../fr';

export const siteFr: SiteUi = {
  /** The language's name in itself, for the language switch. */
  languageName: 'Français',
  siteName: 'Autoévaluation du conseil scolaire en accompagnement pédagogique',
  /** The installed app: its name under the icon, and what the app stores show. */
  appShortName: 'Accompagnement',
  appDescription:
    'Évaluez votre conseil scolaire à l’aide de grilles sur l’accompagnement pédagogique fondées sur la recherche, et voyez vos scores et votre carte de progression, le tout dans le navigateur.',
  /** Short name after a page's own title in the browser tab. */
  titleSuffix: 'Autoévaluation de l’accompagnement',
  skipToContent: 'Passer au contenu',
  navHome: 'Grilles',
  navSummary: 'Vue d’ensemble',
  navPlan: 'Plan',
  navAbout: 'À propos',
  /** The language switch in the header: its label, and the link's text in the other language. */
  languageSwitch: 'Langue',
  // The home page, the district summary and the pages' descriptions
  homeDescription:
    'Évaluez votre conseil scolaire à l’aide de grilles sur l’accompagnement pédagogique fondées sur la recherche, et voyez sur quoi miser ensuite. Tout reste dans votre navigateur.',
  homeLead:
    'Évaluez votre conseil scolaire à l’aide de grilles sur l’accompagnement pédagogique fondées sur la recherche. Vos scores sont calculés dans ce navigateur, et rien de ce que vous saisissez n’en sort, sauf si vous choisissez de le partager.',
  rubricSize: (dimensions: number, items: number) =>
    `${dimensions} ${plural(dimensions, 'dimension', 'dimensions')} · ${items} ${plural(items, 'indicateur', 'indicateurs')}`,
  methodHeading: 'Fonctionnement',
  methodText:
    'Chaque grille compte quatre dimensions. Pour chaque indicateur, vous choisissez le niveau, de 0 à 4, qui décrit le mieux votre conseil scolaire aujourd’hui, ou vous indiquez que vous ne savez pas. Les scores sont des moyennes de vos réponses, et la dimension la plus faible est signalée.',
  methodLink: 'En savoir plus sur les sources, le calcul des scores et la confidentialité',
  beforeYouStart: 'Avant de commencer',
  researchSays: 'Ce que dit la recherche',
  resultsTitle: (rubric: string) => `Résultats : ${rubric}`,
  resultsDescription: (rubric: string) => `Vos scores à la grille « ${rubric} ».`,
  districtSummaryTitle: 'Vue d’ensemble du conseil scolaire',
  summaryDescription: 'Les résultats de votre conseil scolaire aux trois grilles, côte à côte.',
  savedTitle: 'Données mises de côté',
  savedDescription:
    'Les données enregistrées que ce navigateur n’a pas pu lire, conservées sans modification : téléchargez-les ou supprimez-les.',
  summaryLead:
    'Les trois grilles côte à côte. Les conditions de l’accompagnement dépendent de la façon dont le personnel d’accompagnement est déployé et de la façon dont les services centraux soutiennent les leaders scolaires ; lisez-les donc ensemble.',
  sheetDescription: (rubric: string) =>
    `Vos réponses à la grille « ${rubric} » sur une fiche de résultats d’une page, prête à imprimer.`,
  blankDescription: (rubric: string) =>
    `La grille « ${rubric} » sur papier : chaque indicateur avec ses descripteurs de niveau et ses cases à cocher, prête à imprimer.`,
  workshopDescription: (rubric: string) =>
    `Animez un atelier sur la grille « ${rubric} » : recueillez les évaluations d’une équipe sur un seul ordinateur, dévoilez-les toutes en même temps et consignez ce sur quoi l’équipe s’entend.`,
  footerPrivacy: 'Tout ce que vous saisissez reste dans ce navigateur. Rien n’est envoyé ailleurs.',
  /** The theme control in the header of every page. */
  themeLabel: 'Thème',
  themes: { system: 'Système', light: 'Clair', dark: 'Sombre' },
  themeNotSaved: 'Non enregistré : ce thème ne vaut que jusqu’à la fermeture de cet onglet.',
  minutes: (n: number) => `Environ ${n} ${plural(n, 'minute', 'minutes')}`,
  answer: 'Répondre',
  // The printable score sheet (/print/) and the blank rubric (/rubric/)
  sheetTitle: (rubric: string) => `Fiche de résultats : ${rubric}`,
  sheetNeedsScript:
    'La fiche de résultats lit vos réponses enregistrées à l’aide de JavaScript, qui est désactivé. La grille vierge s’imprime sans JavaScript :',
  blankRubric: 'Imprimer la grille vierge',
  preferPaper: 'Vous préférez le papier ?',
  blankTitle: (rubric: string) => `Grille vierge : ${rubric}`,
  blankIntro:
    'Pour chaque indicateur, cochez le niveau qui décrit le mieux votre conseil scolaire aujourd’hui, ou « Je ne sais pas ». Consignez vos preuves à l’appui dans les notes. Vous pourrez saisir les réponses plus tard, ou répondre plutôt à l’écran.',
  blankPrintHint:
    'Imprimez cette page avec la commande Imprimer de votre navigateur (Ctrl+P, ou ⌘P sur un Mac).',
  answerOnScreen: 'Répondre à l’écran',
  levelsHeading: 'Les niveaux',
  indicator: 'Indicateur',
  notesFor: (number: string) => `Notes sur l’indicateur ${number}`,
  /** The questionnaire's fold under each item, opened to see the evidence to check. */
  lookForsSummary: 'Ce qu’on peut vérifier',
  lookFors: 'Ce qu’on peut vérifier :',
  blankKicker: 'Grille vierge',
  otherNotes: 'Autres notes',
  // Offline support: a new version of the site took over this page
  siteUpdated: 'Le site a été mis à jour. Vos réponses enregistrées sont conservées.',
  reloadForUpdate: 'Recharger maintenant',
  // Le plan du conseil scolaire (/plan/)
  /** On a results page, beside each next step (the results page's script does not carry these words). */
  addToPlan: 'Ajouter au plan',
  addedToPlan: 'Ajoutée — ouvrir le plan',
  planTitle: 'Plan du conseil scolaire',
  planDescription:
    'Le plan d’action de votre conseil scolaire pour les trois grilles : étapes, responsables, échéances et progrès mesurés.',
  planLead:
    'Chaque étape que votre conseil scolaire prévoit vers le niveau suivant, pour les trois grilles. Chaque étape est comparée aux évaluations ultérieures de son indicateur : le progrès est mesuré, et non seulement déclaré.',
  planNeedsScript:
    'Le plan lit ce que vous avez enregistré dans ce navigateur à l’aide de JavaScript, qui est désactivé.',
  // La note au conseil (/brief/)
  briefTitle: 'Note aux conseillers scolaires',
  briefDescription:
    'Une note de deux pages pour les conseillers scolaires : où en est le conseil scolaire pour chaque grille, ce qui a changé, les principales étapes du plan et ce dont vous avez besoin.',
  briefNeedsScript:
    'La note lit ce que vous avez enregistré dans ce navigateur à l’aide de JavaScript, qui est désactivé.',
  /** The link to the brief from the district summary and the plan, after a sentence saying what it is. */
  briefLinkIntro:
    'Vous rendez compte aux conseillers scolaires ? Deux pages imprimées, ou un document Word à modifier :',
  briefLink: 'Note aux conseillers scolaires',
  // Le guide d’animation (/fr/guide/) ; son propre texte est dans src/content/guide/
  guideTeaser:
    'Les rôles, un déroulement minuté, des questions pour chaque dimension et un retour sur la séance, prêts à imprimer :',
  guideContents: 'Sommaire',
  guideRubricsHeading: 'Déroulement et questions pour chaque grille',
  guideAgendaCaption: (minutes: number) => `Déroulement suggéré : ${minutes} minutes`,
  guideStart: 'Début',
  guideStep: 'Étape',
  guideMinutes: 'Minutes',
  guideTotal: 'Total',
  guideItemCount: (n: number) => `${n} ${plural(n, 'indicateur', 'indicateurs')}`,
  guideItems: (numbers: string[]) =>
    `${plural(numbers.length, 'Indicateur', 'Indicateurs')} ${numbers.join(', ')}`,
  guideQuestionsHeading: 'Questions de discussion',
  guideBoard: 'Tableau de l’atelier',
};
