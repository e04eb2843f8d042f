/**
 * The words of the balance reading (components/results/BalanceReading.tsx), by language. The results page
 * passes them to its island as a prop, so they travel in the page's HTML rather than in the JavaScript that
 * every page loads.
 */
import type { Lang } from './ui';

const en = {
  heading: 'Between the centre and the schools',
  why: 'The study of learning coaches this rubric draws on concludes that a system should be neither so central that schools and educators lose their autonomy nor so decentralized that the structures for collaboration and support disappear. This reading is the tool’s own, made from the level of each item you rated.',
  /** What each leaning means, after the names of its levels. */
  keys: {
    central: 'central structures, little say for schools',
    local: 'left to each school or person',
    balanced: 'the two together',
  },
  readings: {
    'top-down':
      'Top-down. Every answer that leans either way leans to the centre: the structures are in place, but the schools they serve have little say in them.',
    'leans-central':
      'Leans to the centre. More answers describe central structures with little say for schools than practice left to each school.',
    balanced:
      'Balanced. At least half of the answers that lean either way describe central structures and school ownership together.',
    'leans-local':
      'Leans to the schools. More answers describe practice left to each school or person than central structures.',
    'school-by-school':
      'School by school. Every answer that leans either way leans to the schools: what happens depends on each school, leader or person, with no structure across the system.',
    mixed: 'Mixed. As many answers lean to the centre as to the schools.',
    'not-in-place':
      'Not in place yet. Your answers describe conditions that are absent, so there is no balance to read.',
  },
  tooFew: 'Rate at least half of the items to read the balance.',
  ledThere: 'The answers that led there',
  groups: {
    central: 'Central, little say for schools',
    local: 'Left to each school or person',
    balanced: 'The two together',
    none: 'Leaning neither way',
  },
};

const fr: typeof en = {
  heading: 'Entre le centre et les écoles',
  why: 'L’étude sur le personnel d’accompagnement dont s’inspire cette grille conclut qu’un système ne doit être ni centralisé au point que les écoles et le personnel perdent leur autonomie, ni décentralisé au point que disparaissent les structures de collaboration et de soutien. Cette lecture est celle de l’outil, tirée du niveau de chaque indicateur évalué.',
  keys: {
    central: 'structures centrales, peu de place pour les écoles',
    local: 'laissé à chaque école ou personne',
    balanced: 'les deux ensemble',
  },
  readings: {
    'top-down':
      'Du haut vers le bas. Toutes les réponses qui penchent d’un côté penchent vers le centre : les structures sont en place, mais les écoles qu’elles servent n’ont guère voix au chapitre.',
    'leans-central':
      'Penche vers le centre. Plus de réponses décrivent des structures centrales laissant peu de place aux écoles que des pratiques laissées à chaque école.',
    balanced:
      'Équilibré. Au moins la moitié des réponses qui penchent d’un côté décrivent à la fois des structures centrales et l’appropriation par les écoles.',
    'leans-local':
      'Penche vers les écoles. Plus de réponses décrivent des pratiques laissées à chaque école ou personne que des structures centrales.',
    'school-by-school':
      'École par école. Toutes les réponses qui penchent d’un côté penchent vers les écoles : ce qui se fait dépend de chaque école, direction ou personne, sans structure commune au système.',
    mixed: 'Partagé. Autant de réponses penchent vers le centre que vers les écoles.',
    'not-in-place':
      'Pas encore en place. Vos réponses décrivent des conditions absentes : il n’y a pas encore d’équilibre à lire.',
  },
  tooFew: 'Attribuez un niveau à au moins la moitié des indicateurs pour lire l’équilibre.',
  ledThere: 'Les réponses qui y mènent',
  groups: {
    central: 'Central, peu de place pour les écoles',
    local: 'Laissé à chaque école ou personne',
    balanced: 'Les deux ensemble',
    none: 'Ne penche d’aucun côté',
  },
};

export type BalanceText = typeof en;

export const balanceText: Record<Lang, BalanceText> = { en, fr };
