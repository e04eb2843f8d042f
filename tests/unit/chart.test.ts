import { describe, expect, it } from 'vitest';
import { radarConfig, translucent, wrapLabel } from '../../src/lib/chart';
import { outlineOf } from '../../src/lib/outline';
import { smallRubric } from '../fixtures';

const theme = { text: '#111111', grid: '#cccccc', fontSize: 14, still: true };

describe('radarConfig', () => {
  it('draws current scores and dashed targets on a fixed 0–4 scale', () => {
    const config = radarConfig(
      ['Clarity', 'Support and Accountability'],
      [
        { label: 'Current', values: [2.5, null], color: '#1d4f91', fill: true },
        { label: 'Target', values: [3, 1], color: '#b45309', dashed: true },
      ],
      theme,
    );
    expect(config.type).toBe('radar');
    expect(config.data.labels).toEqual([['Clarity'], ['Support and', 'Accountability']]);
    expect(config.data.datasets.map((d) => [d.label, d.data, d.borderDash, d.fill])).toEqual([
      ['Current', [2.5, null], [], true],
      ['Target', [3, 1], [6, 4], false],
    ]);
    expect(config.options?.scales?.r).toMatchObject({ min: 0, max: 4, ticks: { stepSize: 1 } });
    expect(config.options?.animation).toBe(false);
  });

  it('animates briefly unless told to keep still', () => {
    expect(radarConfig([], [], { ...theme, still: false }).options?.animation).toEqual({ duration: 300 });
  });
});

describe('chart helpers', () => {
  it('wraps long labels into lines of at most 18 characters', () => {
    expect(wrapLabel('Ongoing and integrated professional learning with an equity lens')).toEqual([
      'Ongoing and',
      'integrated',
      'professional',
      'learning with an',
      'equity lens',
    ]);
  });

  it('makes a translucent fill from a hex colour and leaves other colours alone', () => {
    expect(translucent('#1d4f91')).toBe('rgba(29, 79, 145, 0.15)');
    expect(translucent('tomato')).toBe('tomato');
  });
});

describe('outlineOf', () => {
  it('keeps ids and kinds only, and the largest number a count item accepts', () => {
    expect(outlineOf(smallRubric).dimensions[1]).toEqual({
      id: 'b',
      items: [
        { id: 'b1', kind: 'rated' },
        { id: 'b2', kind: 'rated' },
        { id: 'b3', kind: 'rated' },
        { id: 'schools', kind: 'count', max: 60 },
      ],
    });
  });
});
