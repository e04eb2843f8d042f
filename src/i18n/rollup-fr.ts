/**
 * The words of the workshop's roll-up by school and role, in French (see rollup-en.ts). Its shape is checked
 * against the English by the `RollupUi` type.
 */
// French typography, as in the French rubric content: a no-break space (U+00A0) before a colon and inside
// guillemets, a narrow no-break space (U+202F) before ; ? and !.
import type { RollupUi } from './rollup-en';

export const rollupFr: RollupUi = {
  heading: 'Synthèse par école et par rôle',
  intro:
    'Toutes les réponses regroupées selon l’école indiquée par chaque participant et selon le rôle que vous leur avez donné. Les médianes portent sur les niveaux 0 à 4 ; l’écart est le niveau le plus haut atteint moins le plus bas.',
  views: 'Vues',
  heatmap: 'Indicateurs par école',
  groups: 'Dimensions par groupe',
  gaps: 'Écarts de perception',
  loading: 'Chargement de la synthèse…',
  heatmapCaption: 'Niveau médian de chaque indicateur, par école',
  heatmapHint:
    'Chaque case donne la médiane des évaluations de l’école : le nombre, et la couleur, plus foncée pour un niveau plus élevé. Une case vide : personne de cette école n’a donné de niveau à l’indicateur.',
  itemCol: 'Indicateur',
  noSchool: 'Aucune école indiquée',
  anonymousSchool: (n: number) => `École ${n}`,
  responsesIn: (n: number) => (n === 1 ? '1 réponse' : `${n} réponses`),
  noLevel: 'aucun niveau donné',
  bySchoolCaption: 'Médiane et écart de chaque dimension, par école',
  byRoleCaption: 'Médiane et écart de chaque dimension, par rôle',
  groupCol: 'Groupe',
  median: 'médiane',
  spread: 'écart',
  medianSpread: (median: string, spread: string) => `${median} (écart ${spread})`,
  gapsIntro:
    'Les indicateurs sur lesquels la médiane du personnel du conseil et celle des écoles (directions et personnel d’accompagnement ensemble) diffèrent d’un niveau ou plus, le plus grand écart en premier. Donnez leur rôle aux réponses dans la liste ci-dessus.',
  gapsNone:
    'Aucun écart de perception : sur chaque indicateur, le personnel du conseil et les écoles sont à moins d’un niveau l’un de l’autre.',
  gapsNeedRoles:
    'Un écart de perception demande des réponses du personnel du conseil et de directions ou de personnel d’accompagnement : donnez ces rôles aux réponses dans la liste ci-dessus.',
  gapsCaption: 'Écarts de perception, le plus grand en premier',
  districtCol: 'Personnel du conseil',
  schoolsCol: 'Écoles',
  gapCol: 'Écart',
  higherDistrict: 'le personnel du conseil le situe plus haut',
  higherSchools: 'les écoles le situent plus haut',
  anonymousNote:
    'Mode anonyme : les écoles sont désignées par un numéro, dans un ordre qui ne dit rien de leur nom ; rien ne nomme une personne, une école ou un rôle.',
  downloadCsv: 'Télécharger la synthèse (CSV)',
  csv: {
    response: 'Réponse',
    school: 'École',
    role: 'Rôle',
    dimension: 'Dimension',
    item: 'Indicateur',
    level: 'Niveau',
    levelName: 'Nom du niveau',
  },
};
