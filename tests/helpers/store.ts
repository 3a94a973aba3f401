import { useAppStore } from '../../src/state/store';

const initial = useAppStore.getState();

/** Puts the store back as it was when the app started, with nothing persisted. */
export function resetStore() {
  useAppStore.setState(initial, true);
}
