import { describe, expect, it } from 'vitest';
import { around, isolate } from '../../src/lib/bidi';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';

describe('user text isolated from the interface around it', () => {
  it('wraps plain text in a first-strong isolate', () => {
    expect(isolate('Fall baseline')).toBe(`${FSI}Fall baseline${PDI}`);
    expect(isolate('')).toBe(`${FSI}${PDI}`);
  });

  it('keeps an override inside, where the closing isolate ends it', () => {
    expect(isolate(`Fall${RLO}`)).toBe(`${FSI}Fall${RLO}${PDI}`);
  });

  it('drops a stray closer that would end the isolation early', () => {
    expect(isolate(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDI}`);
  });

  it('closes the isolates the text leaves open', () => {
    expect(isolate(`a\u2067b`)).toBe(`${FSI}a\u2067b${PDI}${PDI}`);
    expect(isolate(`\u2066x${PDI}y`)).toBe(`${FSI}\u2066x${PDI}y${PDI}`);
  });

  it('finds the interface text around the user text of a sentence', () => {
    expect(around((label) => `Saved “${label}”.`)).toEqual(['Saved “', '”.']);
    expect(around((name) => `${name}`)).toEqual(['', '']);
  });

  it('gives null for a sentence that shows the user text twice or not at all', () => {
    expect(around((label) => `${label} and ${label}`)).toBeNull();
    expect(around(() => 'Saved.')).toBeNull();
  });
});
