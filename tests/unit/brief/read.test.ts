import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NEED, readBrief, writeBrief } from '../../../src/lib/brief/read';
import { runs } from '../../share-fixtures';

describe('the brief’s saved words', () => {
  it('reads back what it wrote', () => {
    expect(readBrief(writeBrief('Two coach positions.'))).toEqual({ ok: true, need: 'Two coach positions.' });
  });

  it('says why it cannot read broken, newer or misshapen data, keeping the text', () => {
    expect(readBrief('{"version":1,')).toMatchObject({ ok: false, problem: 'corrupt', raw: '{"version":1,' });
    expect(readBrief('{"version":2,"need":""}')).toMatchObject({ ok: false, problem: 'newer' });
    expect(readBrief('{"version":1,"need":3}')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(readBrief(JSON.stringify({ version: 1, need: 'x'.repeat(MAX_NEED + 1) }))).toMatchObject({
      ok: false,
      problem: 'invalid',
    });
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const read = readBrief(raw);
        expect(read.ok || read.raw === raw).toBe(true);
      }),
      runs(300),
    );
  });
});
