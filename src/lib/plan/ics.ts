/**
 * The plan as an iCalendar file (RFC 5545): one all-day event for each step's due date and one for each
 * date to rate its item again. Each event's UID is made from the step's id and the kind of date, so importing
 * a newer file into a calendar updates the events instead of adding them twice. Lines end with CRLF and are
 * folded at 75 octets (never inside a UTF-8 character); text escapes backslash, semicolon, comma and newlines.
 */
import type { PlanStep } from './model';

export interface IcsText {
  /** An event's title for a due date, e.g. "Due: …" (the action, shortened). */
  due: (action: string) => string;
  /** An event's title for a re-rating date. */
  rerate: (item: string) => string;
  /** A description's line naming the owner. */
  owner: (owner: string) => string;
  /** A description's line naming the success indicator. */
  indicator: (indicator: string) => string;
}

/** Escapes a TEXT value: backslash, semicolon and comma get a backslash, line breaks become "\n". */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, each continuation starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (date: string) => date.replaceAll('-', '');

/** The day after a "YYYY-MM-DD" date, in the same form (an all-day event ends the next day). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A UTC date-time in iCalendar's basic form, e.g. 20261202T140000Z. */
const stamp = (now: Date) => `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const shorten = (text: string, max = 80) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The calendar text of the plan: `itemName` names each step's item; `domain` makes the UIDs global. */
export function planIcs(
  steps: PlanStep[],
  itemName: (step: PlanStep) => string,
  text: IcsText,
  now: Date,
  domain = 'district-coaching-self-assessment',
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//District Coaching Self-Assessment//Plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const step of steps) {
    const description = [
      step.action,
      step.owner && text.owner(step.owner),
      step.indicator && text.indicator(step.indicator),
    ]
      .filter(Boolean)
      .join('\n');
    const events: [string, string, string][] = [];
    if (step.due) events.push(['due', step.due, text.due(shorten(step.action))]);
    if (step.rerate) events.push(['rerate', step.rerate, text.rerate(shorten(itemName(step)))]);
    for (const [kind, date, summary] of events)
      lines.push(
        'BEGIN:VEVENT',
        `UID:${step.id}-${kind}@${domain}`,
        `DTSTAMP:${stamp(now)}`,
        `DTSTART;VALUE=DATE:${day(date)}`,
        `DTEND;VALUE=DATE:${day(nextDay(date))}`,
        `SUMMARY:${escapeText(summary)}`,
        `DESCRIPTION:${escapeText(description)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
