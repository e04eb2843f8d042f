import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import { dateFormatter } from '../../lib/format';
import { MAX_LABEL } from '../../lib/limits';
import { ROLES, type Role, type WorkshopResponse } from '../../lib/workshop';
import { schoolNames } from '../../lib/workshop/schools';
import type { WriteFailure } from '../../stores/storage';
import { removeResponse, setRole, setSchool } from '../../stores/workshop';
import NotSaved, { failureOf } from '../common/NotSaved';

interface Props {
  rubricId: string;
  responses: WorkshopResponse[];
  /** Anonymous mode: no typed role or district, school or role is shown. */
  anonymous: boolean;
  lang: Lang;
}

/**
 * The responses gathered so far, with each one's role and a way to remove it. A workshop can hold a
 * thousand: the caller keeps the element while the responses stay the same, so typing elsewhere on the
 * board never draws this table again.
 */
export default function ResponseList({ rubricId, responses, anonymous, lang }: Props) {
  const t = teamUiFor(lang);
  const [listOpen, setListOpen] = useState(true);
  // Storage refused a removal or a role: nothing changed, and the list says so above its rows.
  const [notSaved, setNotSaved] = useState<WriteFailure | null>(null);
  // One formatter for every row: making one per row costs more than drawing the row.
  const time = dateFormatter(lang, { timeStyle: 'short' });
  if (responses.length === 0) return null;
  const hidden = <span class="muted">{t.hiddenAnonymous}</span>;
  return (
    <details class="response-list" open={listOpen} onToggle={(e) => setListOpen(e.currentTarget.open)}>
      <summary>{t.responsesSummary(responses.length)}</summary>
      <NotSaved reason={notSaved} kept={false} lang={lang} />
      <table class="scores responses-table">
        <caption class="sr-only">{t.responsesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.responseCol}</th>
            <th scope="col">{t.addedCol}</th>
            <th scope="col">{t.sharedAsCol}</th>
            <th scope="col">{t.schoolCol}</th>
            <th scope="col">{t.roleCol}</th>
            <th scope="col">
              <span class="sr-only">{t.actionsCol}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {responses.map((response) => {
            const typed = [response.assessment.role, response.assessment.district].filter(
              (text): text is string => Boolean(text),
            );
            return (
              <tr key={response.id} data-response={response.number}>
                <th scope="row">{t.responseNumber(response.number)}</th>
                <td data-label={t.addedCol}>{time(response.addedAt)}</td>
                <td data-label={t.sharedAsCol}>
                  {anonymous ? (
                    hidden
                  ) : typed.length > 0 ? (
                    typed.map((text, i) => (
                      <span key={i}>
                        {i > 0 && ', '}
                        <bdi>{text}</bdi>
                      </span>
                    ))
                  ) : (
                    <span class="muted">—</span>
                  )}
                </td>
                <td data-label={t.schoolCol}>
                  {anonymous ? (
                    hidden
                  ) : (
                    <>
                      <label class="sr-only" for={`school-${response.id}`}>
                        {t.schoolOf(response.number)}
                      </label>
                      <input
                        id={`school-${response.id}`}
                        type="text"

                        list="workshop-schools"
                        maxLength={MAX_LABEL}
                        value={response.assessment.school ?? ''}
                        // Saved once the field is left: a keystroke does not store a thousand responses.
                        onChange={(e) => {
                          const input = e.currentTarget;
                          const result = setSchool(rubricId, response.id, input.value);
                          if (!result.ok) input.value = response.assessment.school ?? '';
                          setNotSaved(failureOf(result));
                        }}
                      />
                    </>
                  )}
                </td>
                <td data-label={t.roleCol}>
                  {anonymous ? (
                    hidden
                  ) : (
                    <>
                      <label class="sr-only" for={`role-${response.id}`}>
                        {t.roleOf(response.number)}
                      </label>
                      <select
                        id={`role-${response.id}`}
                        value={response.role ?? ''}
                        onChange={(e) => {
                          const select = e.currentTarget;
                          const result = setRole(
                            rubricId,
                            response.id,
                            (select.value || undefined) as Role | undefined,
                          );
                          // Refused: the role is as it was, and the list shows that rather than the choice.
                          if (!result.ok) select.value = response.role ?? '';
                          setNotSaved(failureOf(result));
                        }}
                      >
                        <option value="">{t.roles.none}</option>
                        {ROLES.map((role) => (
                          <option value={role} key={role}>
                            {t.roles[role]}
                          </option>
                        ))}
                      </select>
                    </>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    class="small"
                    aria-label={t.removeResponse(response.number)}
                    onClick={() => {
                      if (window.confirm(t.confirmRemoveResponse(response.number)))
                        setNotSaved(failureOf(removeResponse(rubricId, response.id)));
                    }}
                  >
                    {t.remove}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!anonymous && (
        <datalist id="workshop-schools">
          {schoolNames(responses).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
    </details>
  );
}
