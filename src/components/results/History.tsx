import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { Assessment } from '../../lib/assessment';
import { isolate } from '../../lib/bidi';
import { formatDate } from '../../lib/format';
import type { Snapshot } from '../../lib/snapshots';
import {
  $lastDeleted,
  deleteSnapshot,
  renameSnapshotAction,
  takeSnapshot,
  undoDelete,
} from '../../stores/snapshots';
import type { WriteFailure, WriteResult } from '../../stores/storage';
import NotSaved, { failureOf } from '../common/NotSaved';
import { Sentence } from '../common/UserText';
import './history.css';

/** What a comparison side refers to: the current answers or a snapshot id. */
export const CURRENT = 'current';

interface Props {
  rubricId: string;
  assessment: Assessment;
  snapshots: Snapshot[];
  compare: { from: string; to: string };
  onCompare: (compare: { from: string; to: string }) => void;
  lang: Lang;
}

/** Saving, naming, deleting and choosing snapshots to compare. */
export default function History({ rubricId, assessment, snapshots, compare, onCompare, lang }: Props) {
  const t = resultsUiFor(lang);
  const [label, setLabel] = useState('');
  /** The label of the snapshot just saved, for the sentence that says so. */
  const [saved, setSaved] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newLabel, setNewLabel] = useState('');
  const lastDeleted = useStore($lastDeleted);
  /** Why storage refused the last change to the snapshots, said beside them. */
  const [notSaved, setNotSaved] = useState<WriteFailure | null>(null);
  const told = (result: WriteResult) => {
    setNotSaved(failureOf(result));
    return result.ok;
  };
  const dateOf = (date: string | Date) => formatDate(date, lang);
  const options = [
    { value: CURRENT, label: t.currentAnswers },
    ...snapshots.map((s) => ({ value: s.id, label: s.label })),
  ];

  return (
    <div class="history">
      <p class="muted">{t.historyIntro}</p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = label.trim() || dateOf(new Date());
          setSaved(null);
          if (!told(takeSnapshot(rubricId, assessment, chosen))) return;
          setLabel('');
          setSaved(chosen);
        }}
      >
        <label for="snapshot-label">{t.snapshotLabel}</label>
        <input
          id="snapshot-label"
          type="text"
          maxLength={200}
          placeholder={t.snapshotPlaceholder}
          value={label}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <button type="submit">{t.saveSnapshot}</button>
      </form>
      <p role="status" class="muted">
        {saved !== null && <Sentence of={t.snapshotSaved} value={saved} />}
      </p>
      <NotSaved reason={notSaved} kept={false} lang={lang} />
      {lastDeleted && lastDeleted.rubric === rubricId && (
        <p class="notice" role="status">
          <Sentence of={t.deleted} value={lastDeleted.snapshot.label} />{' '}
          <button type="button" onClick={() => told(undoDelete())}>
            {t.undo}
          </button>
        </p>
      )}
      {snapshots.length === 0 ? (
        <p>{t.noSnapshots}</p>
      ) : (
        <ul class="snapshots">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id}>
              {renaming === snapshot.id ? (
                <form
                  class="inline-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (told(renameSnapshotAction(rubricId, snapshot.id, newLabel))) setRenaming(null);
                  }}
                >
                  <label for={`rename-${snapshot.id}`}>
                    <Sentence of={t.renameTo} value={snapshot.label} />
                  </label>
                  <input
                    id={`rename-${snapshot.id}`}
                    type="text"
                    maxLength={200}
                    value={newLabel}
                    onInput={(e) => setNewLabel(e.currentTarget.value)}
                  />
                  <button type="submit">{t.save}</button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    {t.cancel}
                  </button>
                </form>
              ) : (
                <>
                  <strong>
                    <bdi>{snapshot.label}</bdi>
                  </strong>{' '}
                  <span class="muted">{t.savedOn(dateOf(snapshot.savedAt))}</span>{' '}
                  <button
                    type="button"
                    class="small"
                    onClick={() => {
                      setRenaming(snapshot.id);
                      setNewLabel(snapshot.label);
                    }}
                  >
                    {t.rename}
                    <span class="sr-only">
                      {' '}
                      <bdi>{snapshot.label}</bdi>
                    </span>
                  </button>{' '}
                  <button
                    type="button"
                    class="small"
                    onClick={() => {
                      if (window.confirm(t.confirmDelete(isolate(snapshot.label))))
                        told(deleteSnapshot(rubricId, snapshot.id));
                    }}
                  >
                    {t.deleteSnapshot}
                    <span class="sr-only">
                      {' '}
                      <bdi>{snapshot.label}</bdi>
                    </span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {snapshots.length > 0 && (
        <fieldset class="compare">
          <legend>{t.compareHeading}</legend>
          <label>
            {t.compareFrom}{' '}
            <select
              value={compare.from}
              onChange={(e) => onCompare({ ...compare, from: e.currentTarget.value })}
            >
              <option value="">{t.compareNone}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t.compareTo}{' '}
            <select value={compare.to} onChange={(e) => onCompare({ ...compare, to: e.currentTarget.value })}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
    </div>
  );
}
