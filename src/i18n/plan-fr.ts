/**
 * Les mots du plan du district en français (voir plan.ts). Its shape is checked against the English by the
 * `PlanUi` type.
 */
/* eslint-disable no-irregular-whitespace -- French typography: a no-break space (U+00A0) before a colon and
   inside guillemets, a narrow no-break space (U+202F) before ; ? and !. */
import { providePlanUi, type PlanUi } from './plan';

export const planFr: PlanUi = {
  planEmpty:
    'Le plan ne compte encore aucune étape. Ouvrez les résultats d’une grille et choisissez « Ajouter au plan » à côté d’une prochaine étape.',
  resultsLinks: 'Résultats :',
  groupBy: 'Regrouper les étapes',
  byRubric: 'Par grille',
  byDue: 'Par échéance',
  noDueDate: 'Sans échéance',
  stepCount: (n: number) => (n <= 1 ? `${n} étape` : `${n} étapes`),
  stepHeading: (n: number) => `Étape ${n}`,
  itemLine: (dimension: string, item: string) => `${dimension} · ${item}`,
  fromTo: (from: string, to: string) => `De ${from} à ${to}`,
  action: 'Action',
  owner: 'Responsable',
  due: 'Échéance',
  indicator: 'Indicateur de réussite',
  status: 'État',
  rerate: 'Réévaluer l’indicateur le',
  notes: 'Notes',
  statuses: {
    'not-started': 'Pas commencée',
    'under-way': 'En cours',
    done: 'Terminée',
    dropped: 'Abandonnée',
  },
  moveUp: 'Monter',
  moveDown: 'Descendre',
  remove: 'Retirer',
  stepLabel: (n: number, action: string) => `étape ${n} : ${action}`,
  removed: 'Étape retirée.',
  undo: 'Annuler',
  moved: (n: number) => `Déplacée en position ${n}.`,
  reached: (date: string, level: string) => `Atteinte : évaluée ${level} le ${date}.`,
  moving: (level: string) => `En progrès : évaluée ${level}, pas encore à la cible.`,
  stalled: (level: string) => `Échéance passée, et l’indicateur n’a pas bougé (${level}).`,
  unrated: 'non évalué',
  exportsHeading: 'Exporter le plan',
  exportsIntro:
    'Un tableur de toutes les étapes, et un fichier d’agenda avec chaque échéance et chaque date de réévaluation.',
  downloadCsv: 'Télécharger en CSV',
  downloadIcs: 'Télécharger l’agenda (.ics)',
  added: (action: string) => `Ajoutée au plan : ${action}`,
  csvHeaders: {
    rubric: 'Grille',
    dimension: 'Dimension',
    item: 'Indicateur',
    target: 'Niveau visé',
    action: 'Action',
    owner: 'Responsable',
    due: 'Échéance',
    indicator: 'Indicateur de réussite',
    status: 'État',
    rerate: 'Réévaluer le',
    notes: 'Notes',
    progress: 'Progrès',
  },
  icsDue: (action: string) => `Échéance : ${action}`,
  icsRerate: (item: string) => `Réévaluer : ${item}`,
  icsOwner: (owner: string) => `Responsable : ${owner}`,
  icsIndicator: (indicator: string) => `Indicateur de réussite : ${indicator}`,
};

providePlanUi('fr', planFr);
