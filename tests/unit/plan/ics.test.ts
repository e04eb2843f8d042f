import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, planIcs, type IcsText } from '../../../src/lib/plan/ics';
import type { PlanStep } from '../../../src/lib/plan/model';
import { sampleStep } from './sample';

const text: IcsText = {
  due: (action) => `Due: ${action}`,
  rerate: (item) => `Rate again: ${item}`,
  owner: (owner) => `Owner: ${owner}`,
  indicator: (indicator) => `Success indicator: ${indicator}`,
};
const step: PlanStep = {
  ...sampleStep,
  action:
    'Les coachs se réunissent chaque mois; ordre du jour, comptes rendus, et suivi \\ partagé.\nDeuxième ligne.',
  owner: 'Smith, Jo',
  indicator: 'Calendrier des réunions; taux de présence',
  rerate: '2027-12-31',
};
const itemName = () => 'Les coachs se réunissent régulièrement';

const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics) as unknown[])
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));

describe('planIcs', () => {
  const ics = planIcs(
    [step, { ...step, id: 'b2', due: '', rerate: '' }],
    itemName,
    text,
    new Date('2026-12-02T14:05:09Z'),
  );

  it('parses with a real iCalendar parser into one event a date, with the text intact', () => {
    const parsed = events(ics);
    expect(
      parsed.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate]),
    ).toEqual([
      ['a1-due@district-coaching-self-assessment', '2027-03-31', '2027-04-01', true],
      ['a1-rerate@district-coaching-self-assessment', '2027-12-31', '2028-01-01', true],
    ]);
    expect(parsed[0]!.summary).toBe(`Due: ${step.action.replace(/\s+/g, ' ').slice(0, 79)}…`);
    expect(parsed[1]!.summary).toBe('Rate again: Les coachs se réunissent régulièrement');
    expect(parsed[0]!.description).toBe(
      `${step.action}\nOwner: Smith, Jo\nSuccess indicator: Calendrier des réunions; taux de présence`,
    );
    const stamp = new ICAL.Component(ICAL.parse(ics) as unknown[])
      .getFirstSubcomponent('vevent')!
      .getFirstPropertyValue('dtstamp');
    expect(String(stamp)).toBe('2026-12-02T14:05:09Z');
  });

  it('ends every line with CRLF and folds lines at 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('keeps the same UIDs when exported again later, so a calendar updates its events', () => {
    const later = planIcs([{ ...step, due: '2027-04-30' }], itemName, text, new Date('2027-01-10T08:00:00Z'));
    expect(events(later).map((e) => e.uid)).toEqual(events(ics).map((e) => e.uid));
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('never splits a multi-byte character, and unfolds to the original line', () => {
    const line = `SUMMARY:${'é'.repeat(100)}😀${'x'.repeat(80)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
