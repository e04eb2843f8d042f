import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/lib/count';

describe('parseCount', () => {
  it('reads a whole number', () => expect(parseCount(' 3 ', 1, 60)).toEqual({ ok: true, value: 3 }));
  it('clears the answer for blank text', () =>
    expect(parseCount('  ', 1, 60)).toEqual({ ok: true, value: undefined }));
  it.each(['2.5', '-1', '1e3', 'abc', '0x10', '+2', '３'])('refuses %s', (text) =>
    expect(parseCount(text, 0, 60)).toEqual({ ok: false }),
  );
  it('refuses numbers outside the range', () => {
    expect(parseCount('0', 1, 60)).toEqual({ ok: false });
    expect(parseCount('61', 1, 60)).toEqual({ ok: false });
    expect(parseCount('99999999999999999999', 1, 60)).toEqual({ ok: false });
  });

  it('never throws and only accepts whole numbers in range', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseCount(text, 1, 60);
        if (result.ok && result.value !== undefined) {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value >= 1 && result.value <= 60).toBe(true);
        }
      }),
    );
  });

  it('reads back every number in range as typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        expect(parseCount(String(n), 1, 60)).toEqual({ ok: true, value: n });
      }),
    );
  });
});
