import { useEffect, useState } from 'preact/hooks';
import type { notSaved } from '../../i18n/not-saved';
import type { Lang } from '../../i18n/ui';
import { loadInBackground } from '../../lib/on-demand';
import type { WriteFailure, WriteResult } from '../../stores/storage';

let words: typeof notSaved | undefined;

/** Why the last write of an action failed, or null when it reached storage. */
export const failureOf = (result: WriteResult): WriteFailure | null => (result.ok ? null : result.reason);

interface Props {
  /** Why storage refused the change; nothing shows while it is null. */
  reason: WriteFailure | null;
  /** True when the change is kept in this tab; false when nothing was changed. */
  kept: boolean;
  lang: Lang;
  /** Its look, where a notice box does not fit (the questionnaire's bar of buttons). */
  class?: string;
  /** Said within a line of other text or buttons (a span, not a paragraph). */
  inline?: boolean;
}

/**
 * The one "Not saved" notice, shown beside the action whose change storage refused: why, what became of the
 * change, and what to do. Its words load the first time it has something to say.
 */
export default function NotSaved({ reason, kept, lang, class: look = 'notice notice-error', inline }: Props) {
  const [t, setWords] = useState(words);
  useEffect(() => {
    if (reason && !t)
      loadInBackground(
        () => import('../../i18n/not-saved'),
        (m) => setWords((words = m.notSaved)),
      );
  }, [reason]);
  const text = t?.[lang];
  if (!reason || !text) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag class={`${look} not-saved`} role="alert">
      {text[reason]} {kept ? text.kept : text.unchanged} {text.todo}
    </Tag>
  );
}
