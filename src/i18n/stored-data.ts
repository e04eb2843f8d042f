/**
 * Interface text about stored data that could not be read: the notice shown where it is
 * (components/common/StoredDataNotice.tsx) and the page that lists everything set aside
 * (components/saved/SetAsideList.tsx). Both languages live here together: the notice loads on demand, only
 * when there is something to say, and the list is the whole of its own page, so no other page carries them.
 */
import type { StoredKind } from '../lib/set-aside';
import type { Lang } from './ui';

interface KindText {
  /** Heads the notice when the stored data cannot be read. */
  title: string;
  unreadable: (detail: string) => string;
  kept: string;
  /** The action that starts afresh (the unreadable text is set aside first, never lost). */
  replace: string;
  /** What a set-aside item of this kind is, on the list page: "Answers to “Coach deployment”". */
  item: (rubric: string) => string;
}

interface StoredDataUi {
  kinds: Record<StoredKind, KindText>;
  /** A set-aside item of no kind this site knows (written by another version), named by its key. */
  otherItem: (key: string) => string;
  setAsideTitle: string;
  setAside: string;
  download: string;
  deleteSetAside: string;
  confirmDeleteSetAside: string;
  /** The link from a notice to the page that lists everything set aside. */
  seeAll: string;
  /** The list page: its lead, what it says when empty, and each item's size. */
  listLead: string;
  nothingSetAside: string;
  size: (size: string) => string;
  deleted: (what: string) => string;
  needsScript: string;
}

export const storedDataUi: Record<Lang, StoredDataUi> = {
  en: {
    kinds: {
      answers: {
        title: 'Saved answers could not be read',
        unreadable: (detail) =>
          `The answers saved in this browser for this rubric could not be read: ${detail}.`,
        kept: 'They have not been changed. Download them to keep a copy, or start over.',
        replace: 'Start over',
        item: (rubric) => `Answers to “${rubric}”`,
      },
      snapshots: {
        title: 'Saved snapshots could not be read',
        unreadable: (detail) =>
          `The snapshots saved in this browser for this rubric could not be read: ${detail}.`,
        kept: 'They have not been changed. Download them to keep a copy, or start a new history.',
        replace: 'Start a new history',
        item: (rubric) => `Snapshots of “${rubric}”`,
      },
      workshop: {
        title: 'The saved workshop could not be read',
        unreadable: (detail) =>
          `The workshop saved in this browser for this rubric could not be read: ${detail}.`,
        kept: 'It has not been changed. Download it to keep a copy, or start a new workshop.',
        replace: 'Start a new workshop',
        item: (rubric) => `Workshop on “${rubric}”`,
      },
      plan: {
        title: 'The saved plan could not be read',
        unreadable: (detail) => `The plan saved in this browser could not be read: ${detail}.`,
        kept: 'It has not been changed. Download it to keep a copy, or start a new plan.',
        replace: 'Start a new plan',
        item: () => 'The district plan',
      },
    },
    otherItem: (key) => `Other data (${key})`,
    setAsideTitle: 'Earlier data kept aside',
    setAside:
      'Data that could not be read was set aside, unchanged. Download it, or delete it when you no longer need it.',
    download: 'Download it',
    deleteSetAside: 'Delete it',
    confirmDeleteSetAside: 'Delete the data that was set aside? This cannot be undone.',
    seeAll: 'See everything set aside',
    listLead:
      'Saved data this browser could not read is never deleted without you: it is kept here, unchanged. Download each item to keep a copy, or delete it when you no longer need it.',
    nothingSetAside: 'Nothing is set aside in this browser.',
    size: (size) => `Size: ${size}`,
    deleted: (what) => `Deleted: ${what}.`,
    needsScript: 'This page reads what this browser has stored with JavaScript, which is turned off.',
  },
  fr: {
    kinds: {
      answers: {
        title: 'Impossible de lire les réponses enregistrées',
        unreadable: (detail) =>
          `Les réponses enregistrées dans ce navigateur pour cette grille n’ont pas pu être lues\u00a0: ${detail}.`,
        kept: 'Elles n’ont pas été modifiées. Téléchargez-les pour en garder une copie, ou recommencez.',
        replace: 'Recommencer',
        item: (rubric) => `Réponses à «\u00a0${rubric}\u00a0»`,
      },
      snapshots: {
        title: 'Impossible de lire les instantanés enregistrés',
        unreadable: (detail) =>
          `Les instantanés enregistrés dans ce navigateur pour cette grille n’ont pas pu être lus\u00a0: ${detail}.`,
        kept: 'Ils n’ont pas été modifiés. Téléchargez-les pour en garder une copie, ou commencez un nouvel historique.',
        replace: 'Commencer un nouvel historique',
        item: (rubric) => `Instantanés de «\u00a0${rubric}\u00a0»`,
      },
      workshop: {
        title: 'Impossible de lire l’atelier enregistré',
        unreadable: (detail) =>
          `L’atelier enregistré dans ce navigateur pour cette grille n’a pas pu être lu\u00a0: ${detail}.`,
        kept: 'Il n’a pas été modifié. Téléchargez-le pour en garder une copie, ou commencez un nouvel atelier.',
        replace: 'Commencer un nouvel atelier',
        item: (rubric) => `Atelier sur «\u00a0${rubric}\u00a0»`,
      },
      plan: {
        title: 'Impossible de lire le plan enregistré',
        unreadable: (detail) => `Le plan enregistré dans ce navigateur n’a pas pu être lu\u00a0: ${detail}.`,
        kept: 'Il n’a pas été modifié. Téléchargez-le pour en garder une copie, ou commencez un nouveau plan.',
        replace: 'Commencer un nouveau plan',
        item: () => 'Le plan du district',
      },
    },
    otherItem: (key) => `Autres données (${key})`,
    setAsideTitle: 'Données antérieures mises de côté',
    setAside:
      'Des données illisibles ont été mises de côté, sans modification. Téléchargez-les, ou supprimez-les lorsque vous n’en aurez plus besoin.',
    download: 'Télécharger',
    deleteSetAside: 'Supprimer',
    confirmDeleteSetAside: 'Supprimer les données mises de côté ? Cette action est irréversible.',
    seeAll: 'Voir tout ce qui est mis de côté',
    listLead:
      'Les données enregistrées que ce navigateur n’a pas pu lire ne sont jamais supprimées sans vous : elles sont conservées ici, sans modification. Téléchargez chaque élément pour en garder une copie, ou supprimez-le lorsque vous n’en aurez plus besoin.',
    nothingSetAside: 'Rien n’est mis de côté dans ce navigateur.',
    size: (size) => `Taille\u00a0: ${size}`,
    deleted: (what) => `Supprimé\u00a0: ${what}.`,
    needsScript:
      'Cette page lit ce que ce navigateur a enregistré à l’aide de JavaScript, qui est désactivé.',
  },
};
