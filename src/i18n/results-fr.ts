/**
 * The words of the pages that show answers, in French (see `ResultsUi` in ui.ts for why they are apart from fr.ts).
 * Its shape is checked against the English by the `ResultsUi` type.
 */
/* eslint-disable no-irregular-whitespace -- French typography, as in the French rubric content: a no-break
   space (U+00A0) before a colon and inside guillemets, a narrow no-break space (U+202F) before ; ? and !. */
import type { ImportError } from '../lib/files';
import { plural } from './fr';
import { provideUi, shortList, type ResultsUi } from './ui';

export const resultsFr: ResultsUi = {
  resultsEmpty: 'Aucune réponse n’a encore été donnée pour cette grille.',
  startAnswering: 'Commencer à répondre',
  overallScore: 'Score global',
  level: 'Niveau',
  score: 'Score',
  dimension: 'Dimension',
  answeredCol: 'Avec réponse',
  unsureCol: 'Je ne sais pas',
  unansweredCol: 'Sans réponse',
  weakest: (names: string) => `Plus faible : ${names}`,
  weakestWhy:
    'C’est celle dont le score est le plus bas. La nommer est un choix propre à cet outil, et non un constat des sources ; ce qui vient en premier suit l’ordre des prochaines actions.',
  notScored: 'pas encore de score',
  noScore: (tooFew: boolean) => (tooFew ? 'trop peu de réponses pour un score' : 'pas encore de score'),
  unscoredNote: (names: string) =>
    `Le score global laisse de côté les dimensions dont moins de la moitié des indicateurs ont un niveau : ${names}.`,
  facts: 'Données saisies',
  aboveRecommended: (max: number) => `au-delà du maximum recommandé de ${max}`,
  editAnswers: 'Modifier les réponses',
  insightsHeading: 'Ce que suggèrent vos réponses',
  movesHeading: 'Prochaines étapes',
  movesIntro:
    'Les actions les plus importantes, dans l’ordre : d’abord les fondements, car les autres dimensions en dépendent, puis les plus grands écarts par rapport à la cible.',
  movesNone:
    'Chaque dimension évaluée a atteint sa cible. Relevez une cible dans la carte de progression pour planifier la prochaine étape.',
  moveReason: {
    foundation: 'Fondement : les autres dimensions en dépendent.',
    'largest-gap': 'Le plus grand écart par rapport à sa cible.',
    gap: 'Sous sa cible.',
  },
  moveGap: (gap: string, target: string) => `À ${gap} de la cible (${target}).`,
  nextStepFor: (item: string) => `Prochaine étape pour « ${item} » :`,
  gridHeading: 'Carte de progression',
  gridIntro:
    'Chaque ligne montre où en est une dimension, sa cible et ce à quoi ressemble le niveau suivant. Affichez les indicateurs d’une dimension pour voir la prochaine étape de chacun.',
  now: 'Actuel',
  target: 'Cible',
  was: (label: string) => `Lors de « ${label} »`,
  wasInline: (label: string) => `lors de « ${label} »`,
  nextLevel: 'Niveau suivant :',
  targetFor: (name: string) => `Cible pour « ${name} »`,
  defaultTarget: (level: string) => `Par défaut : ${level}`,
  noTarget: 'Attribuez d’abord un niveau à la moitié de ses indicateurs',
  showItems: (name: string) => `Afficher les indicateurs de « ${name} »`,
  atTop: 'Au sommet du continuum : maintenez ce niveau.',
  notRated: 'Non évalué',
  naCount: (n: number) => (n < 2 ? `${n} ne s’applique pas` : `${n} ne s’appliquent pas`),
  // The printable score sheet (/print/) and the blank rubric (/rubric/)
  sheetKicker: 'Fiche de résultats',
  sheetIntro:
    'Un résumé d’une page de vos réponses, à imprimer ou à enregistrer en PDF (choisissez « Enregistrer au format PDF » dans la fenêtre d’impression). Le conseil scolaire et le rôle que vous saisissez ici sont enregistrés avec vos réponses sur cet appareil.',
  print: 'Imprimer',
  printSheet: 'Fiche de résultats à imprimer',
  printHint: 'S’imprime sur une page, format Lettre ou A4.',
  backToResults: 'Retour aux résultats',
  district: 'Conseil scolaire',
  respondentRole: 'Rôle de la personne répondante',
  rolePlaceholder: 'p. ex. Surintendance de l’éducation',
  date: 'Date',
  source: 'Source',
  sources: 'Sources',
  qrCaption: 'Balayez le code pour ouvrir ces résultats',
  qrLabel: 'Code QR du lien vers ces résultats',
  qrIncludeNotes: 'Inclure les notes dans le code QR',
  qrNotesTooLong:
    'Les notes sont trop longues pour un code QR ; il contient donc les réponses et les cibles, sans les notes.',
  qrUnavailable: 'Le code QR n’a pas pu être créé dans ce navigateur.',
  sheetGridHeading: 'Niveaux par dimension et par indicateur',
  sheetChartDescription: (rubric: string) =>
    `Graphique radar de la grille « ${rubric} » : scores actuels et cibles sur l’échelle de 0 à 4, un axe par dimension, repérés par les lettres de la carte de progression. Les mêmes chiffres figurent dans la carte de progression.`,
  sheetLegendNow: 'niveau actuel',
  sheetLegendTarget: 'cible',
  sheetLegendPath: 'progression vers la cible',
  notesHeading: 'Notes',
  item: 'Indicateur',
  note: 'Note',
  lookForsOnBlank: 'Ce qu’on peut vérifier pour évaluer chaque indicateur figure sur la grille vierge :',
  sheetFooter:
    'Scores calculés dans le navigateur avec l’outil Autoévaluation du conseil scolaire en accompagnement pédagogique ; rien n’a été envoyé à un serveur.',
  count: (unit: string) => `Nombre : ______ ${unit}`,
  recommendedMax: (max: number, unit: string) => `Recommandé : au plus ${max} ${unit}.`,
  chartHeading: 'Scores et cibles',
  chartDescription: (rubric: string) =>
    `Graphique radar de la grille « ${rubric} » : scores actuels et cibles sur l’échelle de 0 à 4 pour chaque dimension. Les mêmes chiffres figurent dans le tableau ci-dessous.`,
  current: 'Actuel',
  historyHeading: 'Historique',
  historyIntro:
    'Enregistrez les réponses d’aujourd’hui comme instantané, puis comparez-y vos prochaines évaluations pour voir les progrès du conseil scolaire.',
  snapshotLabel: 'Nom',
  snapshotPlaceholder: 'p. ex. Point de départ, automne 2026',
  saveSnapshot: 'Enregistrer l’instantané',
  snapshotSaved: (label: string) => `Instantané « ${label} » enregistré.`,
  noSnapshots: 'Aucun instantané pour l’instant.',
  savedOn: (date: string) => `enregistré le ${date}`,
  rename: 'Renommer',
  renameTo: (label: string) => `Nouveau nom pour « ${label} »`,
  deleteSnapshot: 'Supprimer',
  confirmDelete: (label: string) => `Supprimer l’instantané « ${label} » ?`,
  deleted: (label: string) => `Instantané « ${label} » supprimé.`,
  undo: 'Annuler',
  compareHeading: 'Comparer',
  compareFrom: 'Avant',
  compareTo: 'Après',
  compareNone: 'Aucun (pas de comparaison)',
  currentAnswers: 'Réponses actuelles',
  change: 'Variation',
  save: 'Enregistrer',
  shareHeading: 'Partager et conserver',
  shareIntro:
    'Un lien de partage contient vos réponses dans le lien lui-même, après le signe #, de sorte qu’elles n’atteignent jamais un serveur. Toute personne qui a le lien peut les voir.',
  includeNotes: 'Inclure les notes',
  includeProfile: 'Inclure le conseil scolaire et le rôle',
  makeLink: 'Créer un lien de partage',
  linkLabel: 'Lien de partage',
  copyLink: 'Copier le lien',
  copied: 'Lien copié.',
  copyFailed: 'La copie n’a pas été autorisée : sélectionnez le lien et copiez-le vous-même.',
  shareNative: 'Partager…',
  linkTooLong:
    'Les notes rendent ce lien trop long. Partagez-le sans les notes, ou exportez plutôt un fichier.',
  linkLength: (n: number) => `${n} ${plural(n, 'caractère', 'caractères')}`,
  filesHeading: 'Fichiers',
  downloadJson: 'Télécharger en JSON',
  downloadCsv: 'Télécharger en CSV (tableur)',
  importLabel: 'Ouvrir un fichier exporté (JSON)',
  dropHint: 'ou déposez le fichier ici',
  openSavedHeading: 'Ouvrir un fichier enregistré ou coller un lien',
  openSavedIntro:
    'Des réponses venues d’un autre appareil : ouvrez un fichier exporté depuis ce site, ou collez un lien vers des résultats. Ils s’affichent d’abord, et rien n’est enregistré tant que vous ne le décidez pas.',
  pasteLinkLabel: 'Coller un lien vers des résultats',
  openLink: 'Ouvrir le lien',
  pasteLinkEmpty:
    'Collez d’abord un lien vers des résultats : il contient « #r= » suivi de lettres et de chiffres.',
  incomingFromLink:
    'Vous consultez des résultats partagés par lien. Rien n’a été enregistré sur cet appareil.',
  incomingFromFile: (name: string) =>
    `Vous consultez les résultats du fichier « ${name} ». Rien n’a été enregistré sur cet appareil.`,
  keepAsMine: 'Enregistrer dans mes évaluations',
  replaceMine: 'Remplacer mes réponses par celles-ci',
  confirmReplace:
    'Remplacer les réponses enregistrées sur cet appareil par celles-ci ? Vos réponses actuelles seront perdues, à moins que vous n’enregistriez d’abord un instantané.',
  keepAsSnapshot: 'Garder mes réponses et enregistrer celles-ci comme instantané',
  closeIncoming: 'Fermer et afficher mes réponses',
  sharedSnapshotLabel: (date: string) => `Résultats partagés, ouverts le ${date}`,
  /** Why a share link could not be opened, by the codes of lib/share-code.ts. */
  linkErrors: {
    empty: 'Ce lien ne contient aucun résultat.',
    characters:
      'Ce lien contient des caractères qui n’y ont pas leur place : il a peut-être été mal saisi ou modifié lors de la copie.',
    truncated: 'Ce lien est incomplet : il a peut-être été tronqué lors de la copie.',
    checksum: 'Ce lien a été modifié depuis sa création ; on ne peut donc pas se fier à ses résultats.',
    version: 'Ce lien a été créé par une version plus récente de ce site et ne peut pas être ouvert ici.',
    format: 'Ce lien a été créé dans un format que ce site ne reconnaît pas et ne peut pas être ouvert.',
    rubric: 'Ce lien porte sur une grille que ce site ne contient pas.',
    shape:
      'Ce lien a été créé pour une autre édition de cette grille, dont les questions ont changé ; il ne peut donc pas être ouvert.',
    corrupt: 'Ce lien est endommagé et ses résultats ne peuvent pas être lus.',
    'too-long': 'Ce lien est beaucoup trop long pour être un lien de résultats de ce site.',
  },
  /** Why a file could not be opened, from the codes of lib/files.ts. */
  fileError: (error: ImportError | { code: 'other-rubric' }): string => {
    const list = shortList(error.code === 'rubric' || error.code === 'unknown-ids' ? (error.ids ?? []) : []);
    const quoted = list.shown.map((id) => `« ${id} »`).join(', ');
    const ids = list.more > 0 ? `${quoted} et ${list.more} ${plural(list.more, 'autre', 'autres')}` : quoted;
    switch (error.code) {
      case 'empty':
        return 'Ce fichier est vide.';
      case 'too-large':
        return 'Ce fichier est trop volumineux pour être une évaluation exportée de ce site (la limite est de 1 Mo).';
      case 'not-json':
        return 'Ce fichier n’est pas une évaluation exportée de ce site : son contenu n’est pas du JSON.';
      case 'not-ours':
        return 'Ce fichier n’est pas une évaluation exportée de ce site : c’est du JSON, mais dans un autre format.';
      case 'unreadable':
        return 'Ce fichier n’a pas pu être lu comme une évaluation enregistrée.';
      case 'newer':
        return `Ce fichier a été exporté par une version plus récente de ce site (format de fichier ${error.found ?? '?'}). Ouvrez-le dans une version à jour du site.`;
      case 'version':
        return 'Ce fichier n’a pas la structure attendue : sa « version » n’est pas l’une de celles qu’utilise ce site.';
      case 'shape':
        return `Ce fichier n’a pas la structure attendue : ${error.path ? `la valeur à « ${error.path} » est manquante ou non valide` : 'son contenu est manquant ou non valide'}.`;
      case 'rubric':
        return `Ce fichier porte sur une grille que ce site ne contient pas (${ids}).`;
      case 'unknown-ids':
        return `Ce fichier contient des réponses à des questions qui n’existent pas dans cette version de la grille : ${ids}.`;
      case 'other-rubric':
        return 'Ce fichier contient des réponses à une autre grille. Ouvrez-le à partir de la page de résultats de cette grille.';
    }
  },
  linkBroken: (message: string) =>
    `Ce lien n’a pas pu être ouvert. ${message} Vos réponses enregistrées n’ont pas été modifiées.`,
  fileBroken: (name: string, message: string) =>
    `Le fichier « ${name} » n’a pas pu être ouvert. ${message} Vos réponses enregistrées n’ont pas été modifiées.`,
  csvHeaders: {
    dimension: 'Dimension',
    item: 'Indicateur',
    level: 'Niveau',
    levelName: 'Nom du niveau',
    note: 'Note',
    lookFors: 'Ce qu’on peut vérifier',
  },
  csvUnsure: 'je ne sais pas',
  csvNa: 'ne s’applique pas',
  // Sending a response to a workshop, and adding one to it (the board's own text is in i18n/workshop.ts)
  workshopFull: 'L’atelier contient déjà le nombre maximal de réponses.',
  addToWorkshop: 'Ajouter à l’atelier en cours',
  addedToWorkshop: (n: number, total: number) =>
    `Ajoutée à l’atelier comme réponse ${n} (${total} au total).`,
  alreadyInWorkshop: (n: number) => `Déjà dans l’atelier : la réponse ${n} est identique.`,
  backToBoard: 'Retour au tableau de l’atelier',
  workshopLink: 'Tableau de l’atelier',
  inAWorkshop: 'Vous participez à un atelier ?',
  sendToFacilitatorIntro:
    'Envoyez vos résultats à la personne qui anime l’atelier : vos évaluations, votre rôle et votre école si vous les indiquez ici (elle regroupe les réponses selon l’un et l’autre), et vos notes et votre conseil scolaire seulement si vous avez coché les cases ci-dessus.',
  yourRole: 'Votre rôle',
  yourSchool: 'Votre école',
  sendToFacilitator: 'Envoyer à la personne qui anime',
  facilitatorShareTitle: (rubric: string) => `Mes évaluations : ${rubric}`,
  facilitatorShareText: (rubric: string) => `Mes évaluations pour l’atelier sur la grille « ${rubric} » :`,
  facilitatorCopied: 'Lien copié : collez-le dans un message à la personne qui anime l’atelier.',
  sentToFacilitator: 'Envoyé.',
  facilitatorLinkLabel: 'Votre lien de résultats',
  cancel: 'Annuler',
};

provideUi('fr', resultsFr);
