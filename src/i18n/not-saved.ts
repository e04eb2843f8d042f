/**
 * The words of the "Not saved" notice (components/common/NotSaved.tsx), in both languages. A refused write is
 * rare, so no page loads them at start: the notice loads them the first time it has something to say.
 */
import type { Lang } from './ui';

const en = {
  quota: 'Not saved: this browser’s storage is full.',
  other: 'Not saved: this browser refused to store it.',
  kept: 'Your changes are kept while this tab stays open.',
  unchanged: 'Nothing was changed.',
  todo: 'To keep your answers, download them as a file (“Download JSON” on the results page). To make room, delete snapshots you no longer need, or end a finished workshop.',
};

/** Every language gives every sentence (the type checker says which is missing). */
export const notSaved: Record<Lang, typeof en> = {
  en,
  fr: {
    quota: 'Non enregistré : l’espace de stockage de ce navigateur est plein.',
    other: 'Non enregistré : ce navigateur a refusé de l’enregistrer.',
    kept: 'Vos modifications sont conservées tant que cet onglet reste ouvert.',
    unchanged: 'Rien n’a été modifié.',
    todo: 'Pour garder vos réponses, téléchargez-les dans un fichier (« Télécharger en JSON » sur la page des résultats). Pour faire de la place, supprimez les instantanés dont vous n’avez plus besoin, ou terminez un atelier fini.',
  },
};
