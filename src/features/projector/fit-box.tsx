import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

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
  children: ReactNode;
}

/**
 * A region whose type (the CSS variable --fit, a factor of the region's base size) grows until its content
 * fills it. It never shrinks below the base size, which is the least the back row can read: content that
 * does not fit at the base size is marked with data-overflow, so that a layout that fails is seen, not
 * shrunk out of sight.
 */
export function FitBox({ className, fitKey, grow = MAX_FIT, children }: FitBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  /** The sizes the last fit left behind: a resize that only reports them is the fit's own, not a new one. */
  const fitted = useRef('');

  const fit = useCallback(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner) return;
    const set = (value: number) => outer.style.setProperty('--fit', String(value));
    // Layout sizes only: a card turning over in 3D must not count as overflow.
    const fits = () => inner.offsetHeight <= outer.clientHeight && inner.scrollWidth <= outer.clientWidth + 1;
    set(grow);
    if (fits()) {
      fitted.current = sizes(outer, inner);
      return void delete outer.dataset.overflow;
    }
    set(1);
    if (!fits()) {
      fitted.current = sizes(outer, inner);
      return void (outer.dataset.overflow = 'true');
    }
    delete outer.dataset.overflow;
    let low = 1;
    let high = grow;
    for (let i = 0; i < 6; i++) {
      const middle = (low + high) / 2;
      set(middle);
      if (fits()) low = middle;
      else high = middle;
    }
    set(Math.floor(low * 1000) / 1000);
    fitted.current = sizes(outer, inner);
  }, [grow]);

  useLayoutEffect(fit, [fit, fitKey]);

  useEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner || typeof ResizeObserver === 'undefined') return;
    // A card that enters late (after a fade) or a window that changes size: fit again in the next frame.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      // The fit itself resizes the content: that needs no second fit (8 more layouts of the wall in the next frame).
      if (sizes(outer, inner) === fitted.current) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(outer);
    observer.observe(inner);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fit]);

  return (
    <div ref={box} className={`fit-box ${className}`}>
      <div ref={content} className="fit-box__content">
        {children}
      </div>
    </div>
  );
}
