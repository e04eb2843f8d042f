import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrPath } from '../../src/lib/qr';

/** Paints path data the way an SVG renderer would (rectangles only) into RGBA pixels, `scale` per module. */
function rasterize(d: string, size: number, scale = 4) {
  const side = (size + 2 * QUIET_ZONE) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, width] of d.matchAll(/M(\d+) (\d+)h(\d+)v1H\d+z/g)) {
    for (let py = 0; py < scale; py++)
      for (let px = 0; px < Number(width) * scale; px++) {
        const i =
          (((Number(y) + QUIET_ZONE) * scale + py) * side + (Number(x) + QUIET_ZONE) * scale + px) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
  }
  return { pixels, side };
}

describe('qrPath', () => {
  const link =
    'https://example.org/results/coaching-conditions/#r=AR8BAAAAB4n3A2hVoO8rAbCRFaSN6cK2X0g1-KLgEHhwSXJwZXJzaWRlIFVuaWZpZWQ';

  it('draws only rectangles, one per run of dark modules, inside the code', () => {
    const { size, d } = qrPath(link);
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0);
    expect(d).toMatch(/^(M\d+ \d+h\d+v1H\d+z)+$/);
    for (const [, x, y, width] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      expect(Number(x) + Number(width)).toBeLessThanOrEqual(size);
      expect(Number(y)).toBeLessThan(size);
    }
  });

  it('reads back as the same text in a QR decoder', () => {
    const { size, d } = qrPath(link);
    const { pixels, side } = rasterize(d, size);
    expect(jsQR(pixels, side, side)?.data).toBe(link);
  });

  it('keeps a share link of a full assessment small enough to print at about an inch', () => {
    // Version 8 (49 modules) is the most a phone reads comfortably from about 3 cm.
    expect(qrPath(link).size).toBeLessThanOrEqual(49);
  });

  it('refuses text no QR code can hold', () => {
    expect(() => qrPath('x'.repeat(5000))).toThrow(RangeError);
  });
});
