import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { Assessment } from '../../lib/assessment';
import { MAX_LABEL } from '../../lib/limits';
import { setProfile } from '../../stores/assessments';
import { useAssessments } from '../common/hooks';

interface Props {
  rubricId: string;
  assessment: Assessment;
  /** Every rubric's id: the schools typed in any of them on this device are offered. */
  rubricIds: string[];
  lang: Lang;
}

/**
 * A participant's role and school, saved with their answers and sent with them to a workshop's facilitator,
 * who groups responses by both; either may be left blank.
 */
export default function RespondentFields({ rubricId, assessment, rubricIds, lang }: Props) {
  const t = resultsUiFor(lang);
  const all = useAssessments(rubricIds);
  const schools = [...new Set(Object.values(all).flatMap((a) => (a.school ? [a.school] : [])))].sort();
  return (
    <div class="respondent inline-form">
      <p>
        <label for="respondent-role">{t.yourRole}</label>{' '}
        <input
          id="respondent-role"
          type="text"
          autocomplete="organization-title"
          maxLength={MAX_LABEL}
          placeholder={t.rolePlaceholder}
          value={assessment.role ?? ''}
          onInput={(e) => setProfile(rubricId, { role: e.currentTarget.value })}
        />
      </p>
      <p>
        <label for="respondent-school">{t.yourSchool}</label>{' '}
        <input
          id="respondent-school"
          type="text"
          list="respondent-schools"
          maxLength={MAX_LABEL}
          value={assessment.school ?? ''}
          onInput={(e) => setProfile(rubricId, { school: e.currentTarget.value })}
        />
        <datalist id="respondent-schools">
          {schools.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </p>
    </div>
  );
}
