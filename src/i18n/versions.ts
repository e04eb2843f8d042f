/**
 * Interface text of the notice shown when answers made with an earlier layout of a rubric are opened
 * (components/common/UpgradeNotice.tsx). Both languages live here together, loaded with the notice and only
 * when it is needed, so no page's first script carries these words.
 */
import type { Lang } from './ui';

interface VersionsUi {
  /** Heads the list of items that are new or changed. */
  toRate: string;
  /** Says where notes of removed or merged items now are. */
  movedNotes: (items: string) => string;
}

export const versionsUi: Record<Lang, VersionsUi> = {
  en: {
    toRate:
      'These answers were made with an earlier version of this rubric. Every answer that still has a question is kept. These questions are new or changed: rate them, or confirm the rating carried over.',
    movedNotes: (items) =>
      `Notes written on questions that were removed or merged are kept, marked with the earlier question’s id, in the notes of: ${items}.`,
  },
  fr: {
    toRate:
      'Ces réponses ont été faites avec une version antérieure de cette grille. Chaque réponse dont la question existe encore est conservée. Ces questions sont nouvelles ou modifiées : choisissez un niveau, ou confirmez celui qui a été repris.',
    movedNotes: (items) =>
      `Les notes écrites sur des questions retirées ou fusionnées sont conservées, marquées de l’identifiant de la question d’avant, dans les notes de : ${items}.`,
  },
};
