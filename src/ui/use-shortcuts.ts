import { useEffect, useRef } from 'react';

/** Keys (as in KeyboardEvent.key, letters lower case) mapped to what they do. */
export type Shortcuts = Record<string, () => void>;

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Space on these presses or opens them; it is a shortcut only elsewhere. */
const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

/** Calls the handler for a pressed key, unless the user is typing or holds a modifier. */
export function useShortcuts(shortcuts: Shortcuts, enabled = true) {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      if (event.key === ' ' && target && PRESSABLE.has(target.tagName)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const handler = latest.current[key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
