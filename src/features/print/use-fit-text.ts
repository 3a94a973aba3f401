import { useLayoutEffect, type RefObject } from 'react';

/**
 * Body type to try, largest first; a long card takes the first step at which it fits. Tighter lines come
 * before anything under 9pt.
 */
export const FIT_STEPS = [
  { fontSize: '10pt', lineHeight: '1.2' },
  { fontSize: '9.5pt', lineHeight: '1.2' },
  { fontSize: '9pt', lineHeight: '1.2' },
  { fontSize: '9pt', lineHeight: '1.12' },
  { fontSize: '8.5pt', lineHeight: '1.12' },
  { fontSize: '8pt', lineHeight: '1.12' },
] as const;

type FitStep = (typeof FIT_STEPS)[number];

const apply = (box: HTMLElement, step: FitStep) => {
  box.style.fontSize = step.fontSize;
  box.style.lineHeight = step.lineHeight;
};

const overflows = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1;

/**
 * Shrinks the type of every `[data-fit]` box in the container until its content fits, one step at a time
 * for all boxes together, so the page lays out once per step rather than once per card. Boxes that still
 * overflow at the last step are marked `data-overflow`. Runs again when the cards or their language change.
 */
export function useFitText(container: RefObject<HTMLElement | null>, cards: unknown, language: string) {
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    let boxes = [...root.querySelectorAll<HTMLElement>('[data-fit]')];
    for (const box of boxes) {
      apply(box, FIT_STEPS[0]);
      delete box.dataset.overflow;
    }
    for (const step of FIT_STEPS.slice(1)) {
      boxes = boxes.filter(overflows);
      if (boxes.length === 0) return;
      for (const box of boxes) apply(box, step);
    }
    for (const box of boxes.filter(overflows)) box.dataset.overflow = 'true';
  }, [container, cards, language]);
}
