import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

import { fitScale } from './fit-scale';

/** How far a short text may grow beyond the region's base size to fill the wall. */
const MAX_FIT = 1.5;

/** The layout sizes of a region and its content (read where layout is clean: after a fit, in a resize callback). */
const sizes = (outer: HTMLElement, inner: HTMLElement) =>
  `${outer.clientWidth}x${outer.clientHeight} ${inner.offsetWidth}x${inner.offsetHeight}`;

interface FitBoxProps {
  className: string;
  /** Measures again when this changes (the card, the language, the layout). */
  fitKey: unknown;
  /** The largest share of the base size a text may grow to; 1 keeps it at the base size. */
  grow?: number;
  /** Laid out ahead, out of sight: not seen, not read out, not reachable, until it is the region shown. */
  ahead?: boolean;
  children: ReactNode;
}

/** How many contents a region remembers its fit of (the cards of a session come back: next, back, next). */
const REMEMBERED = 32;

/**
 * A region whose type (the CSS variable --fit, a factor of the region's base size) grows until its content
 * fills it. It never shrinks below the base size, which is the least the back row can read: content that
 * does not fit at the base size is marked with data-overflow, so that a layout that fails is seen, not
 * shrunk out of sight. Each layout of the wall is costly (columns, hyphenation): the fit guesses from the
 * first layout and usually needs one more (see fit-scale.ts); a content it fitted before in a region of the
 * same size takes one.
 */
export function FitBox({ className, fitKey, grow = MAX_FIT, ahead = false, children }: FitBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  /** The sizes the last fit left behind: a resize that only reports them is the fit's own, not a new one. */
  const fitted = useRef('');
  /** The scale each content fitted at, by its key and the region's size. */
  const remembered = useRef(new Map<unknown, { scale: number; width: number; height: number }>());
  /** The key of the content in the region now. */
  const key = useRef<unknown>(null);

  /** `trust`: a scale remembered for this content in a region of this size is kept if it fits (not after a resize). */
  const fit = useCallback(
    (trust: boolean) => {
      const outer = box.current;
      const inner = content.current;
      if (!outer || !inner) return;
      let current = Number(outer.style.getPropertyValue('--fit')) || 1;
      const set = (value: number) => {
        if (value !== current) outer.style.setProperty('--fit', String(value));
        current = value;
      };
      // Layout sizes only: a card turning over in 3D must not count as overflow.
      const measure = (scale: number) => {
        set(scale);
        return {
          boxWidth: outer.clientWidth,
          boxHeight: outer.clientHeight,
          width: inner.scrollWidth,
          height: inner.offsetHeight,
        };
      };
      const memory = remembered.current;
      const before = trust ? memory.get(key.current) : undefined;
      const result = fitScale(measure, { start: before?.scale ?? current, grow, fittedIn: before });
      set(result.scale);
      // Taken after the new scale's layout: when the last layout was of another scale, this is one layout more.
      fitted.current = sizes(outer, inner);
      memory.delete(key.current);
      memory.set(key.current, { scale: result.scale, width: outer.clientWidth, height: outer.clientHeight });
      if (memory.size > REMEMBERED) memory.delete(memory.keys().next().value);
      if (result.overflow) outer.dataset.overflow = 'true';
      else delete outer.dataset.overflow;
    },
    [grow],
  );

  useLayoutEffect(() => {
    key.current = fitKey;
    fit(true);
  }, [fit, fitKey]);

  useEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner || typeof ResizeObserver === 'undefined') return;
    // A card that enters late (after a fade) or a window that changes size: fit again in the next frame.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      // The fit itself resizes the content: that needs no second fit (more layouts of the wall in the next frame).
      if (sizes(outer, inner) === fitted.current) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fit(false));
    });
    observer.observe(outer);
    observer.observe(inner);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fit]);

  return (
    <div ref={box} className={`fit-box ${className}`} aria-hidden={ahead || undefined} inert={ahead || undefined}>
      <div ref={content} className="fit-box__content">
        {children}
      </div>
    </div>
  );
}
