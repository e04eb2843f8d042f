import { uiFor, type Lang } from '../../i18n/ui';
import { formatDate } from '../../lib/format';
import { progressOf, type RubricOutline } from '../../lib/progress';
import { useAssessment } from '../common/hooks';

interface Props {
  rubricId: string;
  rubric: RubricOutline;
  lang: Lang;
}

/** One line on the home page: how far the saved assessment of a rubric has got. */
export default function SavedProgress({ rubricId, rubric, lang }: Props) {
  const t = uiFor(lang);
  const { entry, assessment } = useAssessment(rubricId);
  if (entry === null) return <p class="saved-progress">{t.notStarted}</p>;
  if (!entry.ok) return <p class="saved-progress flag">{t.unreadableTitle}</p>;
  const { answered, total } = progressOf(rubric, assessment);
  const date = formatDate(assessment.updatedAt, lang);
  return (
    <p class="saved-progress">
      {t.answeredOf(answered, total)}, {t.updatedOn(date)}
    </p>
  );
}
