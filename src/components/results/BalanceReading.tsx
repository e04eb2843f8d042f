import { uiFor, type Lang } from '../../i18n/ui';
import type { BalanceText } from '../../i18n/balance';
import type { Assessment } from '../../lib/assessment';
import { readBalance, type Leaning } from '../../lib/balance';
import type { Rubric } from '../../lib/schema/rubric';
import './balance.css';

interface Props {
  rubric: Rubric;
  /** The answers shown. */
  shown: Assessment;
  /** The reading's words, from the page (i18n/balance.ts). */
  text: BalanceText;
  lang: Lang;
}

const GROUPS: Leaning[] = ['central', 'local', 'balanced', 'none'];

/**
 * Where the answers sit between central structures and school ownership, with the answers that led there.
 * Loaded on demand by the results page of a rubric that has a balance (two of the three).
 */
export default function BalanceReading({ rubric, shown, text, lang }: Props) {
  const t = uiFor(lang);
  const levels = rubric.balance!;
  const balance = readBalance(rubric, levels, shown);
  const names = (list: readonly number[]) => t.list(list.map((level) => rubric.levels[level]!.name));
  const textOf = new Map(rubric.dimensions.flatMap((d) => d.items.map((item) => [item.id, item.text])));
  return (
    <section aria-labelledby="balance-heading" class="balance" data-testid="balance">
      <h2 id="balance-heading">{text.heading}</h2>
      <p class="balance-reading" data-reading={balance.reading ?? 'too-few'}>
        <strong>{balance.reading === null ? text.tooFew : text.readings[balance.reading]}</strong>
      </p>
      <p class="muted">{text.why}</p>
      <p class="muted">
        {(['central', 'local', 'balanced'] as const)
          .map((leaning) => `${t.labelled(names(levels[leaning]), text.keys[leaning])}.`)
          .join(' ')}
      </p>
      {balance.rated > 0 && (
        <details class="balance-answers" open>
          <summary>{text.ledThere}</summary>
          {GROUPS.filter((group) => balance.items[group].length > 0).map((group) => (
            <div key={group} data-leaning={group}>
              <h3>
                {text.groups[group]} ({balance.items[group].length})
              </h3>
              <ul>
                {balance.items[group].map(({ itemId, level }) => (
                  <li key={itemId}>
                    {textOf.get(itemId)} ({level} {rubric.levels[level]!.name})
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
