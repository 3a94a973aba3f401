export type Listener<T> = (value: T) => void;

/** A set of listeners: `on` returns the unsubscribe function. */
export function emitter<T>() {
  const listeners = new Set<Listener<T>>();
  return {
    emit: (value: T) => listeners.forEach((listener) => listener(value)),
    on: (listener: Listener<T>): (() => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}

/** An emitter that reports a value only when it differs from the last one (a status, a count). */
export function changes<T>() {
  const inner = emitter<T>();
  let last: { value: T } | null = null;
  return {
    ...inner,
    emit: (value: T) => {
      if (last && Object.is(last.value, value)) return;
      last = { value };
      inner.emit(value);
    },
  };
}
