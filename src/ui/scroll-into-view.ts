/**
 * Scrolls an element to the top of the screen (below any `scroll-margin-top` it has): smoothly, or at once where the
 * user asked for reduced motion or the browser cannot tell.
 */
export function scrollToTop(element: Element): void {
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  element.scrollIntoView?.({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
}
