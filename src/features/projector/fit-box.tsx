import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

/** The smallest share of the region's type size a text is shrunk to before it may be cut off. */
const MIN_FIT = 0.5;

/**
 * A region whose text shrinks (through the CSS variable --fit) until its content fits, as presentation
 * tools do: a long card still shows whole on the wall. Measures again when `fitKey` or a size changes.
 */
export function FitBox({ className, fitKey, children }: { className: string; fitKey: unknown; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);

  const fit = useCallback(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner) return;
    const set = (value: number) => outer.style.setProperty('--fit', String(value));
    // Layout sizes only: a card turning over in 3D must not count as overflow.
    const fits = () => inner.offsetHeight <= outer.clientHeight;
    set(1);
    if (fits()) return;
    let low = MIN_FIT;
    let high = 1;
    for (let i = 0; i < 6; i++) {
      const middle = (low + high) / 2;
      set(middle);
      if (fits()) low = middle;
      else high = middle;
    }
    set(Math.round(low * 1000) / 1000);
  }, []);

  useLayoutEffect(fit, [fit, fitKey]);

  useEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner || typeof ResizeObserver === 'undefined') return;
    // A card that enters late (after a fade) or a window that changes size: fit again in the next frame.
    let frame = 0;
    const observer = new ResizeObserver(() => {
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
