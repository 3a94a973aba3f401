/** What one layout of a region says at one scale of its type: the region's size and its content's. */
export interface FitMeasure {
  /** The room the region has. */
  boxWidth: number;
  boxHeight: number;
  /** What the content takes (its layout height and scroll width). */
  width: number;
  height: number;
}

export interface FitResult {
  /** The scale to keep: at least 1 (the base size), at most `grow`. */
  scale: number;
  /** True when the content does not fit even at the base size. */
  overflow: boolean;
  /** How many layouts it took. */
  measured: number;
  /** True when the last layout was of `scale` itself (the layout is clean as it is left). */
  lastMeasured: boolean;
}

interface FitOptions {
  /** The scale to measure first: the one the region has now, or one that fitted this content before. */
  start: number;
  grow: number;
  /** The region's size when `start` fitted this same content before: if it is the same and it fits, it is kept. */
  fittedIn?: { width: number; height: number };
}

/** No more layouts than this for one fit, whatever the content does (one more if none of them fitted). */
export const MAX_LAYOUTS = 4;
/** A scale this close to one that fits is not worth another layout. */
const GAIN = 0.02;

const fits = (m: FitMeasure) => m.height <= m.boxHeight && m.width <= m.boxWidth + 1;

/**
 * Finds a large scale at which the content fits its region, with few layouts (each `measure` is one layout of
 * the wall). Text that wraps grows in height by about the square of its scale (more lines, each taller), text
 * that does not wrap in proportion to it; so from one layout, growing by the square root of the room left and
 * shrinking in proportion to the excess are both safe guesses for anything in between: the second layout
 * usually confirms the first guess, and a guess that fits is kept. The result has been measured to fit (or is the base size, marked as
 * overflowing); it never goes below 1.
 */
export function fitScale(measure: (scale: number) => FitMeasure, { start, grow, fittedIn }: FitOptions): FitResult {
  const clamp = (value: number) => Math.min(grow, Math.max(1, value));
  /** The largest scale measured to fit, and the smallest measured to overflow. */
  let low = 0;
  let high = Infinity;
  let scale = clamp(start);
  let measured = 0;
  const done = (at: number, overflow = false): FitResult => ({
    scale: at,
    overflow,
    measured,
    lastMeasured: at === scale,
  });
  for (;;) {
    const m = measure(scale);
    measured++;
    if (fits(m)) {
      low = scale;
      const known = measured === 1 && fittedIn?.width === m.boxWidth && fittedIn.height === m.boxHeight;
      // A guess that fits is kept: one more layout would gain a little size for the cost of a layout.
      if (scale >= grow || known || measured >= 2) return done(scale);
    } else {
      high = scale;
      if (scale <= 1) return done(1, true);
    }
    const room = m.boxHeight / Math.max(1, m.height);
    let next = fits(m)
      ? scale * Math.sqrt(room)
      : scale * Math.min(room, (m.boxWidth + 1) / Math.max(1, m.width)) * 0.99;
    next = Math.floor(clamp(next) * 1000) / 1000;
    // A guess past a scale known to overflow goes halfway instead.
    if (next >= high) next = Math.floor(((low || 1) + high) * 500) / 1000;
    if (low > 0 && (next <= low * (1 + GAIN) || high - low <= low * GAIN)) return done(low);
    if (measured >= MAX_LAYOUTS) {
      if (low > 0) return done(low);
      // Nothing fitted yet: the base size decides, fitting or marked.
      next = 1;
    }
    scale = next;
  }
}
