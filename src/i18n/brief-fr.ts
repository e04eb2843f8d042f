/**
 * Les mots de la note aux conseillers scolaires en français (voir brief.ts). Its shape is checked against the
 * English by the `BriefUi` type.
 */
/* eslint-disable no-irregular-whitespace -- French typography: a no-break space (U+00A0) before a colon and
   inside guillemets, a narrow no-break space (U+202F) before ; ? and !. */
import { provideBriefUi, type BriefUi } from './brief';

export const briefFr: BriefUi = {
  title: 'Note aux conseillers scolaires',
  made: (district: string, date: string) => (district ? `${district} · ${date}` : date),
  print: 'Imprimer',
  printHint:
    'Deux pages au plus, en format Lettre ou A4. Choisissez « Enregistrer au format PDF » dans la fenêtre d’impression pour un PDF.',
  downloadWord: 'Télécharger en Word',
  wordHint: 'Un .docx modifiable de la même note, pour le dossier de la réunion.',
  wordMaking: 'Préparation du document Word…',
  wordMade: 'Le document Word est dans vos téléchargements.',
  wordFailed:
    'Le document Word n’a pas pu être préparé dans ce navigateur. Imprimez la note ou enregistrez-la en PDF.',
  wordNotLoaded:
    'Le document Word n’a pas pu se charger, sans doute parce que le site a été mis à jour depuis l’ouverture de cette page. Rechargez la page et appuyez de nouveau sur le bouton.',
  wordFile: 'note-conseillers-scolaires',
  notAnswered: 'Pas encore de réponses : rien à rapporter pour cette grille.',
  unreadable:
    'Les réponses enregistrées pour cette grille n’ont pas pu être lues. Ouvrez sa page de résultats pour savoir pourquoi et quoi faire.',
  startAnswering: 'Commencer à répondre',
  answered: (n: number, total: number) =>
    n <= 1 ? `${n} indicateur sur ${total} a une réponse.` : `${n} indicateurs sur ${total} ont une réponse.`,
  overall: 'Score global',
  dimension: 'Dimension',
  score: 'Score',
  level: 'Niveau',
  target: 'Cible',
  changeSince: (date: string) => `Écart depuis le ${date}`,
  tooFew: 'trop peu de réponses',
  levelName: (level: number, name: string) => `${level} ${name}`,
  leftOut: (names: string) => `Laissées de côté dans le score global, faute de réponses : ${names}.`,
  since: (label: string, date: string, before: string, after: string, delta: string) =>
    `Depuis l’instantané « ${label} » du ${date} : score global de ${before}, puis de ${after} (${delta}).`,
  moved: (rose: number, fell: number) =>
    rose + fell === 0
      ? 'Aucun indicateur n’a changé de niveau.'
      : `${rose} ${rose <= 1 ? 'indicateur a monté' : 'indicateurs ont monté'} et ${fell} ${fell <= 1 ? 'a baissé' : 'ont baissé'}.`,
  noPrevious:
    'Aucun instantané antérieur pour comparer : enregistrez-en un sur la page des résultats pour voir ce qui change la prochaine fois.',
  barsLabel: (rubric: string) =>
    `${rubric} : le score de chaque dimension en barre sur l’échelle de 0 à 4, sa cible en triangle et son score au dernier instantané en anneau. Les mêmes chiffres figurent dans le tableau.`,
  legendNow: 'score actuel',
  legendTarget: 'cible',
  legendBefore: 'instantané précédent',
  qrLabel: (rubric: string) =>
    `Code QR qui ouvre ces réponses à la grille « ${rubric} » sur sa page de résultats`,
  qrCaption: 'Balayez pour ouvrir ces réponses',
  openOnline: 'Ouvrir ces réponses sur leur page de résultats',
  stepsHeading: 'Les principales étapes du plan',
  step: 'Étape',
  owner: 'Responsable',
  due: 'Échéance',
  status: 'État',
  none: '—',
  statuses: {
    'not-started': 'Pas commencée',
    'under-way': 'En cours',
    done: 'Terminée',
    dropped: 'Abandonnée',
  },
  overdue: 'Échéance passée.',
  openPlan: 'Ouvrir le plan pour modifier ses étapes',
  noSteps:
    'Le plan ne compte encore aucune étape en cours. Ajoutez-y des prochaines étapes depuis une page de résultats.',
  moreSteps: (more: number, done: number) =>
    [
      more > 0
        ? more === 1
          ? 'Le plan compte 1 autre étape en cours.'
          : `Le plan compte ${more} autres étapes en cours.`
        : '',
      done > 0 ? (done === 1 ? '1 étape est terminée.' : `${done} étapes sont terminées.`) : '',
    ]
      .filter(Boolean)
      .join(' '),
  needHeading: 'Ce dont nous avons besoin',
  needHint:
    'Un court paragraphe, dans vos mots : la décision, les ressources ou le soutien que vous demandez. Il est enregistré dans ce navigateur et imprimé sur la note.',
  needUnreadable:
    'Le paragraphe enregistré plus tôt n’a pas pu être lu. Il est conservé tel quel, et mis de côté quand vous en écrivez un nouveau.',
  download: 'Le télécharger',
  footer:
    'Préparée dans le navigateur avec l’Autoévaluation du conseil scolaire en accompagnement pédagogique. Les scores sont des moyennes des indicateurs évalués sur l’échelle de 0 à 4, affichées à une décimale arrondie vers le bas ; une dimension dont moins de la moitié des indicateurs sont évalués n’a pas de score.',
};

provideBriefUi('fr', briefFr);
