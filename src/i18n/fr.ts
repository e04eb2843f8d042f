/**
 * The interface text in French, as a francophone Canadian school board would write it: the words of the app
 * itself (rubric text lives in src/content). Functions build sentences that carry numbers, so French orders
 * and pluralises them its own way (0 and 1 take the singular). Its shape is checked against the English by
 * the `Ui` type (see ui.ts); importing this module makes it available to `uiFor('fr')`.
 */
/* eslint-disable no-irregular-whitespace -- French typography, as in the French rubric content: a no-break
   space (U+00A0) before a colon and inside guillemets, a narrow no-break space (U+202F) before ; ? and !. */
import { provideUi, type Ui } from './ui';

/** The singular or plural form of a word for a count: French uses the singular for 0 and 1. */
export const plural = (n: number, one: string, many: string): string => (n < 2 ? one : many);

export const fr: Ui = {
  /** Between a score's units and tenths: "2,7". */
  decimalMark: ',',
  seeResults: 'Résultats',
  answeredOf: (n: number, total: number) => `${n} ${plural(n, 'réponse', 'réponses')} sur ${total}`,
  notStarted: 'Aucune réponse pour l’instant',
  updatedOn: (date: string) => `dernière modification le ${date}`,
  stepsLabel: 'Étapes',
  review: 'Vérification',
  previous: 'Précédent',
  next: 'Suivant',
  notSure: 'Je ne sais pas',
  doesNotApply: 'Ne s’applique pas ici',
  noteLabel: 'Note ou preuves à l’appui (facultatif)',
  digitsHint:
    'Astuce : lorsque vous êtes sur un choix, appuyez sur une touche de 0 à 4 pour sélectionner un niveau.',
  countInvalid: (min: number, max: number) => `Saisissez un nombre entier de ${min} à ${max}.`,
  reviewIntro: 'Vérifiez ce qui reste avant de consulter vos résultats.',
  allAnswered: 'Vous avez répondu à tous les indicateurs.',
  unansweredIn: (n: number) => `${n} ${plural(n, 'indicateur', 'indicateurs')} sans réponse :`,
  dimensionDone: 'réponses complètes',
  goToResults: 'Voir les résultats',
  savedAt: (time: string) => `Enregistré sur cet appareil à ${time}`,
  memoryOnly:
    'Ce navigateur ne permet pas au site de stocker quoi que ce soit ; vos réponses ne sont donc conservées que tant que cet onglet est ouvert.',
  unreadableTitle: 'Impossible de lire les réponses enregistrées',
  setAsideTitle: 'Données antérieures mises de côté',
  download: 'Télécharger',
  deleteSetAside: 'Supprimer',
  confirmDeleteSetAside: 'Supprimer les données mises de côté ? Cette action est irréversible.',
  siteUpdated:
    'Ce site a été mis à jour depuis l’ouverture de cette page : une partie n’a pas pu se charger. Rechargez la page pour continuer ; ce que vous avez saisi sera conservé.',
  reloadPage: 'Recharger la page',
  /** Names joined for a sentence: "A", "A et B", "A, B et C". */
  /** A label and its text: « Niveau 2 : Émergent ». */
  labelled: (label: string, text: string) => `${label} : ${text}`,
  list: (names: string[]) =>
    names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : (names[0] ?? ''),
};

provideUi('fr', fr);
