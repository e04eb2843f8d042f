import { describe, expect, it } from 'vitest';
import { planEn } from '../../../src/i18n/plan-en';
import { planCsv, type PlanCsvText } from '../../../src/lib/plan/csv';
import type { PlanStep } from '../../../src/lib/plan/model';
import { sampleStep } from './sample';

const text: PlanCsvText = { headers: planEn.csvHeaders, status: planEn.statuses };
const step: PlanStep = {
  ...sampleStep,
  rubric: 'cc',
  item: 'meet',
  action: '=HYPERLINK("http://evil")',
  owner: 'Smith, Jo',
  indicator: 'Minutes; agendas',
  rerate: '',
  notes: 'line one\nline "two"',
};
const names = {
  rubrics: { cc: 'Conditions' },
  dimensions: { cc: { peer: 'Peer work' } },
  items: { cc: { meet: 'Coaches meet' } },
  levels: { cc: ['None', 'Some', 'Regular', 'Strong', 'Full'] },
};

describe('planCsv', () => {
  it('writes a BOM, a header row and one row a step, with CRLF after every row', () => {
    const csv = planCsv(
      [step, { ...step, id: 'b', item: 'gone', rubric: 'old' }],
      names,
      text,
      () => 'Moving',
    );
    expect(csv.startsWith('\uFEFFRubric,Dimension,Item,Target level,Action,Owner,')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[3]).toBe('');
    expect(rows[1]).toBe(
      `Conditions,Peer work,Coaches meet,2 Regular,"'=HYPERLINK(""http://evil"")","Smith, Jo",2027-03-31,Minutes; agendas,Under way,,"line one\nline ""two""",Moving`,
    );
    // A step whose rubric or item this site no longer names is written with its ids.
    expect(rows[2]!.startsWith('old,peer,gone,2,')).toBe(true);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t'])
      expect(planCsv([{ ...step, owner: `${start}1+1` }], names, text, () => '')).toContain(`,'${start}1+1,`);
  });
});
