import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fitScale, MAX_LAYOUTS, type FitMeasure } from '../../src/features/projector/fit-scale';

const BOX = { boxWidth: 1800, boxHeight: 900 };

/** Content whose height grows as scale^power (1: one line that does not wrap; 2: text that wraps freely). */
const smooth =
  (height: number, power: number) =>
  (scale: number): FitMeasure => ({ ...BOX, width: BOX.boxWidth, height: height * scale ** power });

/** Text of `length` px at the base size, broken into lines of the box's width, each 48 px high at the base size. */
const wrapping =
  (length: number, lineHeight = 48) =>
  (scale: number): FitMeasure => ({
    ...BOX,
    width: BOX.boxWidth,
    height: Math.ceil((length * scale) / BOX.boxWidth) * lineHeight * scale,
  });

/** Counts the layouts a fit asks for. */
function counted(model: (scale: number) => FitMeasure) {
  const calls: number[] = [];
  return {
    calls,
    measure: (scale: number) => {
      calls.push(scale);
      return model(scale);
    },
  };
}

const fitsAt = (model: (scale: number) => FitMeasure, scale: number) => {
  const m = model(scale);
  return m.height <= m.boxHeight && m.width <= m.boxWidth + 1;
};

describe('the wall fits a card with few layouts', () => {
  it('confirms its first guess for text that wraps or does not, ending within 15% of the largest size that fits', () => {
    for (const power of [1, 1.5, 2])
      for (const height of [300, 500, 700, 850]) {
        const model = smooth(height, power);
        const { calls, measure } = counted(model);
        const result = fitScale(measure, { start: 1, grow: 1.5 });
        const best = Math.min(1.5, (BOX.boxHeight / height) ** (1 / power));
        expect(calls.length, `power ${power}, height ${height}`).toBeLessThanOrEqual(2);
        expect(fitsAt(model, result.scale)).toBe(true);
        expect(result.overflow).toBe(false);
        expect(result.scale).toBeGreaterThan(best * 0.85);
      }
  });

  it('takes one layout for a card it fitted before in a region of the same size', () => {
    const model = wrapping(20_000);
    const first = fitScale(model, { start: 1, grow: 1.5 });
    const { calls, measure } = counted(model);
    const again = fitScale(measure, {
      start: first.scale,
      grow: 1.5,
      fittedIn: { width: BOX.boxWidth, height: BOX.boxHeight },
    });
    expect(calls).toEqual([first.scale]);
    expect(again.scale).toBe(first.scale);
  });

  it('does not trust a remembered size once the region has another size', () => {
    const model = smooth(300, 2);
    const { calls } = counted(model);
    const result = fitScale(
      (scale) => {
        calls.push(scale);
        return model(scale);
      },
      { start: 1, grow: 1.5, fittedIn: { width: 1280, height: 600 } },
    );
    expect(calls.length).toBe(2);
    expect(result.scale).toBeGreaterThan(1.4);
  });

  it('marks content that does not fit at the base size as overflowing, and never shrinks below it', () => {
    const model = smooth(1000, 2);
    const result = fitScale(model, { start: 1.3, grow: 1.5 });
    expect(result).toMatchObject({ scale: 1, overflow: true });
    expect(fitScale(smooth(1000, 2), { start: 1, grow: 1.5 })).toMatchObject({ scale: 1, overflow: true, measured: 1 });
  });

  it('shrinks from a larger card before it to a size that fits', () => {
    const model = wrapping(30_000);
    const result = fitScale(model, { start: 1.5, grow: 1.5 });
    expect(fitsAt(model, result.scale)).toBe(true);
    expect(result.scale).toBeGreaterThanOrEqual(1);
  });

  it('keeps a size that fits, at least the base size, within a bounded number of layouts, whatever the content', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 60_000 }),
        fc.integer({ min: 30, max: 120 }),
        fc.double({ min: 1, max: 1.5, noNaN: true }),
        fc.double({ min: 1, max: 2, noNaN: true }),
        (length, lineHeight, start, grow) => {
          const model = wrapping(length, lineHeight);
          const { calls, measure } = counted(model);
          const result = fitScale(measure, { start, grow });
          expect(calls.length).toBeLessThanOrEqual(MAX_LAYOUTS + 1);
          expect(result.scale).toBeGreaterThanOrEqual(1);
          expect(result.scale).toBeLessThanOrEqual(grow);
          if (result.overflow) expect(fitsAt(model, 1)).toBe(false);
          else expect(fitsAt(model, result.scale)).toBe(true);
          expect(result.lastMeasured).toBe(calls.at(-1) === result.scale);
        },
      ),
    );
  });
});
