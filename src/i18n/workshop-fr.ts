/**
 * The workshop board's own words in French (see workshop.ts for why they are apart from fr.ts). Its shape is
 * checked against the English by the `WorkshopUi` type.
 */
/* eslint-disable no-irregular-whitespace -- French typography, as in the French rubric content: a no-break
   space (U+00A0) before a colon and inside guillemets, a narrow no-break space (U+202F) before ; ? and !. */
import { provideWorkshopUi, type WorkshopUi } from './workshop';
import { plural } from './fr';

export const workshopFr: WorkshopUi = {
  workshopTitle: (rubric: string) => `Atelier : ${rubric}`,
  workshopLead:
    'Chaque personne évalue la grille sur son propre téléphone ou ordinateur et vous envoie son lien. Rassemblez les liens ici, dévoilez toutes les évaluations en même temps, discutez des indicateurs sur lesquels les avis divergent et consignez ce sur quoi l’équipe s’entend. Rien ne quitte cet appareil.',
  workshopNeedsScript:
    'Le tableau de l’atelier recueille et compile les réponses à l’aide de JavaScript, qui est désactivé.',
  workshopMemoryOnly:
    'Ce navigateur ne permet pas au site de stocker quoi que ce soit ; l’atelier n’est donc conservé que tant que cet onglet est ouvert.',
  startHeading: 'Animer un atelier avec votre équipe',
  startStepInvite: 'Montrez au groupe le code à balayer : chaque personne répond sur son propre appareil.',
  startStepGather:
    'Chaque personne vous envoie son lien de résultats ; collez les liens ici, ou ouvrez les fichiers reçus.',
  startStepReveal:
    'Dévoilez toutes les évaluations en même temps, pour que personne ne se laisse influencer par les premiers chiffres entendus.',
  startStepAgree:
    'Discutez des évaluations qui divergent, consignez le niveau convenu pour chaque indicateur et conservez le tout comme évaluation du conseil scolaire.',
  startPrivacy:
    'Ni serveur ni compte : les réponses sont conservées uniquement dans ce navigateur, jusqu’à ce que vous réinitialisiez l’atelier.',
  startWorkshop: 'Commencer l’atelier',
  projectorMode: 'Mode projection',
  shortcutsToggle: 'Raccourcis à une touche (P projection, R dévoiler, F plein écran)',
  joinTitle: 'Participer à l’atelier',
  joinQrLabel: 'Code QR de l’adresse du questionnaire',
  joinTypeAddress: 'Balayez le code ou saisissez cette adresse :',
  joinStepOpen: 'Ouvrez le questionnaire sur votre téléphone ou votre ordinateur.',
  joinStepAnswer:
    'Évaluez chaque indicateur de votre côté ; « Je ne sais pas » est une réponse tout à fait valable.',
  joinStepSend:
    'Sur votre page de résultats, appuyez sur « Envoyer à la personne qui anime » et envoyez le lien.',
  gatherHeading: 'Recueillir les réponses',
  gatherIntro:
    'Collez les liens que les personnes participantes vous envoient, un ou plusieurs à la fois, tels que vous les avez reçus : sur des lignes distinctes, ou séparés par des espaces ou des virgules. Une réponse qui ne peut pas être ajoutée est signalée avec la raison ; les autres sont tout de même ajoutées.',
  pasteLabel: 'Liens ou codes de réponse',
  pasteHint:
    'Liens créés avec « Envoyer à la personne qui anime » ou « Créer un lien de partage », ou codes qui suivent #r=. Le JSON exporté fonctionne aussi.',
  addResponses: 'Ajouter les réponses',
  responseFilesLabel: 'Ouvrir des fichiers de réponses (JSON)',
  dropFilesHint: 'ou déposez-les ici',
  addedResponses: (numbers: number[]) =>
    numbers.length === 1
      ? `Réponse ${numbers[0]} ajoutée.`
      : `${numbers.length} réponses ajoutées (numéros ${numbers[0]} à ${numbers.at(-1)}).`,
  addedNone: 'Aucune réponse n’a été ajoutée.',
  refusedTitle: (n: number) => (n < 2 ? `Non ajoutée : ${n} réponse` : `Non ajoutées : ${n} réponses`),
  refusedNothingChanged: 'Les réponses déjà recueillies n’ont pas été modifiées.',
  refused: (which: string, why: string) => `${which} : ${why}.`,
  responseOf: (position: number, total: number) => `Réponse ${position} sur ${total}`,
  responseFile: (name: string) => `« ${name} »`,
  thisResponse: 'Cette réponse',
  refusalLink: {
    otherRubric: (title: string) => `ce lien porte sur la grille « ${title} », et non sur celle-ci`,
    empty: 'le lien ne contient aucune réponse',
    characters:
      'le lien contient des caractères qui n’y ont pas leur place : il a peut-être été mal saisi ou modifié lors de la copie',
    truncated: 'le lien est incomplet : il a peut-être été tronqué lors de la copie',
    checksum: 'le lien a été modifié depuis sa création ; on ne peut donc pas se fier à ses réponses',
    version: 'le lien a été créé par une version plus récente de ce site, que cette copie ne peut pas lire',
    rubric: 'le lien porte sur une grille que ce site ne contient pas',
    shape: 'le lien a été créé pour une autre édition de cette grille, dont les questions ont changé',
    corrupt: 'le lien est endommagé et ses réponses ne peuvent pas être lues',
    format: 'le lien a été créé dans un format que ce site ne reconnaît pas',
    'too-long': 'le lien est beaucoup trop long pour être un lien de résultats de ce site',
    'no-code':
      'ce lien mène à une page, et non à une réponse : demandez le lien obtenu avec « Envoyer à la personne qui anime » sur la page de résultats',
  },
  refusalFile: {
    otherRubric: (title: string) => `ce fichier porte sur la grille « ${title} », et non sur celle-ci`,
  },
  refusalDuplicate: (n: number) => `réponses identiques à celles de la réponse ${n}, déjà recueillie`,
  refusalFull:
    'l’atelier contient déjà autant de réponses, ou de texte, qu’il peut en enregistrer : retirez-en, ou terminez-le pour en commencer un autre',
  addDuplicatesAnyway: (n: number) =>
    n < 2
      ? 'Ajouter quand même la réponse en double (deux personnes peuvent répondre de la même façon)'
      : `Ajouter quand même les ${n} réponses en double (deux personnes peuvent répondre de la même façon)`,
  responsesSummary: (n: number) => `${n} ${plural(n, 'réponse', 'réponses')}`,
  responsesCaption: 'Réponses recueillies, avec le rôle sous lequel chacune est comptée',
  responseCol: 'Réponse',
  addedCol: 'Ajout',
  sharedAsCol: 'Rôle déclaré',
  roleCol: 'Rôle',
  actionsCol: 'Actions',
  responseNumber: (n: number) => `Réponse ${n}`,
  roleOf: (n: number) => `Rôle de la réponse ${n}`,
  roles: {
    principal: 'Direction d’école',
    'district-staff': 'Personnel du conseil',
    coach: 'Personnel d’accompagnement',
    other: 'Autre',
    none: 'Aucun rôle indiqué',
  },
  schoolCol: 'École',
  schoolOf: (n: number) => `École de la réponse ${n}`,
  anonymousMode: 'Mode anonyme : masquer les noms, les écoles et les rôles',
  hiddenAnonymous: 'masqué',
  openRollup: 'Synthèse par école et par rôle',
  downloadWorkshop: 'Télécharger le fichier de l’atelier',
  workshopFileHint:
    'Pour poursuivre cet atelier sur un autre ordinateur ou le fusionner avec d’autres séances : ouvrez-y ce fichier sous « Ouvrir des fichiers de réponses ». En mode anonyme, le fichier ne garde ni nom, ni école, ni rôle.',
  remove: 'Retirer',
  removeResponse: (n: number) => `Retirer la réponse ${n}`,
  confirmRemoveResponse: (n: number) =>
    `Retirer la réponse ${n} de l’atelier ? Cette action est irréversible.`,
  boardHeading: 'Tableau',
  revealRatings: 'Dévoiler les évaluations',
  hideRatings: 'Masquer les évaluations',
  ratingsRevealedNow: 'Évaluations dévoilées.',
  ratingsHiddenNow: 'Évaluations masquées.',
  boardEmpty:
    'Aucune réponse pour l’instant. Collez ci-dessus les liens que les personnes participantes vous envoient.',
  ratingsHidden: (n: number) =>
    `${n} ${plural(n, 'réponse recueillie', 'réponses recueillies')}. Les évaluations restent masquées, y compris sur cette page, jusqu’à ce que vous les dévoiliez, pour que personne ne se laisse influencer par les premiers chiffres affichés.`,
  ratingsHiddenProjector: (n: number) =>
    `${n} ${plural(n, 'réponse reçue', 'réponses reçues')}. Les évaluations restent masquées jusqu’à ce que tout le monde ait répondu.`,
  breakdownByRole: 'Ventiler par rôle',
  onlyToDiscuss: 'Seulement les indicateurs à discuter',
  noRolesYet: 'Attribuez un rôle aux réponses dans la liste ci-dessus pour voir la ventilation.',
  discussSummary: (n: number) =>
    n === 0
      ? 'Aucun indicateur à discuter : pour chaque indicateur, les évaluations ne s’écartent pas de plus d’un niveau.'
      : `${n} ${plural(n, 'indicateur', 'indicateurs')} à discuter : les évaluations s’écartent de 2 niveaux ou plus.`,
  discussFlag: 'À discuter',
  toDiscuss: (n: number) => `${n} ${plural(n, 'indicateur', 'indicateurs')} à discuter`,
  median: 'Médiane',
  mean: 'Moyenne',
  spread: 'Écart',
  agreed: 'Convenu',
  dimensionScoreRow: 'Dimension',
  dimensionScoreNote: 'score de chaque personne pour la dimension',
  noAnswerFrom: (n: number) => (n < 2 ? `${n} personne n’a pas répondu` : `${n} personnes n’ont pas répondu`),
  notApplyFrom: (n: number) =>
    n < 2
      ? `${n} personne juge que cela ne s’applique pas ici`
      : `${n} personnes jugent que cela ne s’applique pas ici`,
  notApplyShort: 's. o.',
  mediansByRole: (list: string) => `Médiane par rôle : ${list}`,
  roleGroup: (role: string, n: number) => `${role} (${n})`,
  agreedLevelFor: (number: string) => `Niveau convenu pour l’indicateur ${number}`,
  agreedNumberFor: (number: string, unit: string) => `Nombre convenu pour l’indicateur ${number} (${unit})`,
  dissent: 'Désaccord',
  onItem: (number: string) => `sur l’indicateur ${number}`,
  noNumbers: 'Aucun nombre fourni pour l’instant.',
  numbersGiven: (min: number, max: number, unit: string, answered: number, unanswered: number) =>
    `De ${min} à ${max} ${unit} ; ${answered} ${plural(answered, 'personne a répondu', 'personnes ont répondu')}${unanswered > 0 ? `, ${unanswered} non` : ''}.`,
  consensusHeading: 'Consensus',
  consensusIntro:
    'Pour chaque indicateur, choisissez dans la colonne Convenu le niveau sur lequel l’équipe s’entend, et notez à côté tout désaccord. Les niveaux convenus forment une évaluation comme les autres : résultats, fiche de résultats, lien de partage et historique.',
  agreedOf: (n: number, total: number) =>
    `Niveau convenu pour ${n} ${plural(n, 'indicateur', 'indicateurs')} sur ${total}`,
  consensusScore: (score: string, level: string) => `Score global convenu : ${score} (niveau ${level})`,
  consensusIncomplete: (n: number) =>
    n < 2
      ? `${n} indicateur n’a pas encore de niveau convenu et resterait sans réponse.`
      : `${n} indicateurs n’ont pas encore de niveau convenu et resteraient sans réponse.`,
  useAsDistrict: 'Adopter comme évaluation de notre conseil scolaire',
  confirmReplaceWithConsensus:
    'Remplacer les réponses enregistrées sur cet appareil pour cette grille par le consensus de l’équipe ? Les réponses actuelles seront perdues, à moins que vous ne les enregistriez d’abord comme instantané.',
  saveConsensusSnapshot: 'Enregistrer comme instantané',
  consensusSnapshotLabel: (date: string) => `Consensus de l’atelier, ${date}`,
  consensusRole: (n: number) => `Consensus de l’équipe (${n} ${plural(n, 'personne', 'personnes')})`,
  dissentNote: (text: string) => `Désaccord : ${text}`,
  consensusAdopted: 'Le consensus est maintenant l’évaluation de votre conseil scolaire pour cette grille.',
  consensusSnapshotSaved: (label: string) =>
    `Instantané « ${label} » enregistré ; il figure dans l’historique de la page de résultats.`,
  seeTheResults: 'Voir les résultats',
  finishHeading: 'Terminer',
  finishIntro:
    'À la fin de l’atelier, réinitialisez-le pour retirer toutes les réponses de cet appareil. Une évaluation ou un instantané enregistré à partir du consensus est conservé.',
  resetWorkshop: 'Réinitialiser l’atelier',
  confirmResetWorkshop: (n: number) =>
    `Réinitialiser l’atelier ? ${n === 1 ? 'La réponse' : `Les ${n} réponses`} et tous les niveaux convenus seront retirés de cet appareil. Cette action est irréversible.`,
  screensLabel: 'Écrans',
  screenOf: (n: number, total: number) => `${n} / ${total}`,
  screenAnnouncement: (n: number, total: number, name: string) => `Écran ${n} sur ${total} : ${name}`,
  summaryTitle: 'Toutes les dimensions',
  responsesCount: (n: number) => `${n} ${plural(n, 'réponse', 'réponses')}`,
  fullScreen: 'Plein écran',
  leaveProjector: 'Quitter',
  projectorKeys: '← → naviguer · R dévoiler ou masquer · F plein écran · P ou Esc quitter',
  agreedOutlined: 'Encadré : le niveau convenu',
  startAWorkshop: 'Commencer un atelier',
  workshopEntryIntro:
    'Vous animez une séance avec des directions d’école et du personnel du conseil ? Chaque personne répond sur son propre téléphone, vous recueillez les réponses sur un seul ordinateur, vous les dévoilez toutes en même temps et vous consignez ce sur quoi l’équipe s’entend. Ni compte ni serveur.',
};

provideWorkshopUi('fr', workshopFr);
