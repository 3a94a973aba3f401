import type { StoreApi } from 'zustand';

import type * as SavedState from '../domain/saved-state';
import type { SavedPart } from '../domain/saved-state';
import type { SessionAction } from '../domain/session/session-actions';
import { languageOfSave, LEGACY_KEY } from './saved-language';
import type { AppState } from './store';

/**
 * How the app keeps its state on this device: one localStorage key per concern, so that a change costs what
 * that concern weighs, not what everything weighs, and another window re-reads only what changed.
 * - `tegenwicht/<part>`: `{ v, state }` with the fields of one part (settings, own deck, solo, notes,
 *   session, participant);
 * - `tegenwicht/log/<sessionId>/<n>`: the session log in chunks of {@link LOG_CHUNK} actions by `seq`;
 *   a new action rewrites its own chunk only.
 * The session and its log are written after the current task, so an action reaches the wall before it is
 * saved; the other parts change rarely and are written at once. On load,
 * every part is validated with the schemas of `src/domain/saved-state.ts`; what fails is dropped and named
 * in `savedDataDropped`, the rest is kept. The version 1 save (everything under the key `tegenwicht`) is
 * read once and split.
 */
export const SAVE_VERSION = 2;
export { LEGACY_KEY } from './saved-language';
const PREFIX = 'tegenwicht/';
const LOG_PREFIX = `${PREFIX}log/`;
export const LOG_CHUNK = 100;

/** The store's fields in each saved part. */
export const SAVED_FIELDS = {
  settings: ['language', 'languageChosen'],
  deck: ['customDeck'],
  solo: ['filter', 'deal', 'dealDeckId', 'faceUp', 'openCardId', 'history'],
  notes: ['notes'],
  walks: ['walks'],
  session: ['session', 'facilitatorNotes', 'room', 'roomNotes'],
  participant: ['participantKey', 'displayName', 'myAnswers'],
  plans: ['plans', 'planRun', 'planOffer'],
} as const satisfies Record<SavedPart, readonly (keyof AppState)[]>;

const PARTS = Object.keys(SAVED_FIELDS) as SavedPart[];
export const partKey = (part: SavedPart) => `${PREFIX}${part}`;
const chunkKey = (sessionId: string, chunk: number) => `${LOG_PREFIX}${encodeURIComponent(sessionId)}/${chunk}`;
const chunkOf = (action: SessionAction) => Math.floor(action.seq / LOG_CHUNK);

/** Upgrades a saved part from an older version; `null` when the version is unknown (the part is dropped). */
export function migratePart(_part: SavedPart, saved: { v: unknown; state: unknown }): unknown {
  if (saved.v === SAVE_VERSION) return saved.state;
  return null;
}

function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return null;
  }
}

type Validators = typeof SavedState;
let validators: Promise<Validators> | null = null;
/** The schemas load only when there is something saved to check. */
const loadValidators = () => (validators ??= import('../domain/saved-state'));

export interface Persistence {
  /** Resolves when the saved state has been read (validated) into the store. */
  ready: Promise<void>;
  /** Writes what is pending now (before the page goes away). */
  flush: () => void;
  /** Takes another window's save of `key`, if it is one of ours. */
  followKey: (key: string | null) => void;
  /**
   * From now on takes only `parts` from other windows' saves, not the session, its log or the own deck on every
   * action (the wall shows what the console sends it and needs the language only); what changed meanwhile is
   * read when it ends. Returns the function that ends it.
   */
  followOnly: (parts: readonly SavedPart[]) => () => void;
  stop: () => void;
}

export function persistStore(store: StoreApi<AppState>, storage: Storage): Persistence {
  const lastSeen = new Map<SavedPart, readonly unknown[]>();
  let hydrated = false;
  let scheduled = false;
  /** The log as last written: its session and the highest seq saved. */
  let savedLog: { sessionId: string | null; lastSeq: number; firstChunk: number } = {
    sessionId: null,
    lastSeq: 0,
    firstChunk: 0,
  };

  const values = (state: AppState, part: SavedPart) => SAVED_FIELDS[part].map((field) => state[field]);
  const same = (a: readonly unknown[] | undefined, b: readonly unknown[]) => !!a && a.every((v, i) => v === b[i]);
  const pick = (state: AppState, part: SavedPart) =>
    Object.fromEntries(SAVED_FIELDS[part].map((field) => [field, state[field]]));

  const write = (key: string, value: unknown) => {
    try {
      storage.setItem(key, JSON.stringify(value));
    } catch (error) {
      // A full storage must not break play: the session goes on in memory.
      console.error('Could not save to this device', error);
    }
  };

  const removeLog = (sessionId: string | null) => {
    if (sessionId === null) return;
    const prefix = `${LOG_PREFIX}${encodeURIComponent(sessionId)}/`;
    for (const key of keys(storage)) if (key.startsWith(prefix)) storage.removeItem(key);
  };

  const writeLog = (state: AppState) => {
    const log = state.sessionLog;
    const sessionId = state.session?.sessionId ?? null;
    if (sessionId !== savedLog.sessionId) {
      removeLog(savedLog.sessionId);
      savedLog = { sessionId, lastSeq: 0, firstChunk: 0 };
    }
    if (sessionId === null) return;
    const last = log.at(-1);
    if (!last || last.seq === savedLog.lastSeq) return;
    // The new actions are at the end; only their chunks are written: the cost of one chunk, not of the log.
    let start = log.length;
    while (start > 0 && log[start - 1]!.seq > savedLog.lastSeq) start--;
    const lowest = chunkOf(log[start]!);
    let from = start;
    while (from > 0 && chunkOf(log[from - 1]!) >= lowest) from--;
    const touched = new Map<number, SessionAction[]>();
    for (const action of log.slice(from))
      touched.set(chunkOf(action), [...(touched.get(chunkOf(action)) ?? []), action]);
    for (const [chunk, actions] of touched) write(chunkKey(sessionId, chunk), actions);
    // The log keeps its newest actions only: chunks that fell off are removed.
    const firstChunk = log[0] ? chunkOf(log[0]) : 0;
    for (let chunk = savedLog.firstChunk; chunk < firstChunk; chunk++) storage.removeItem(chunkKey(sessionId, chunk));
    savedLog = { sessionId, lastSeq: last.seq, firstChunk };
  };

  const writeParts = (state: AppState, parts: readonly SavedPart[]) => {
    for (const part of parts) {
      const now = values(state, part);
      if (same(lastSeen.get(part), now)) continue;
      lastSeen.set(part, now);
      write(partKey(part), { v: SAVE_VERSION, state: pick(state, part) });
    }
  };
  const flush = () => {
    scheduled = false;
    if (!hydrated) return;
    const state = store.getState();
    writeParts(state, PARTS);
    writeLog(state);
  };
  /** The session changes with every action, the own deck is large: both are saved after the current task. */
  const DEFERRED: readonly SavedPart[] = ['session', 'deck'];
  const AT_ONCE = PARTS.filter((part) => !DEFERRED.includes(part));
  /** True while this window takes what another saved: that is not written back. */
  let following = false;
  const unsubscribe = store.subscribe((state) => {
    if (!hydrated || following) return;
    writeParts(state, AT_ONCE);
    if (scheduled) return;
    scheduled = true;
    setTimeout(flush, 0);
  });

  /** Reads one part as saved (any version), validates it and puts it into the store. */
  const applyPart = (v: Validators, part: SavedPart, saved: unknown, dropped: string[]) => {
    if (saved === undefined) return;
    const state =
      typeof saved === 'object' && saved !== null && 'v' in saved
        ? migratePart(part, saved as { v: unknown; state: unknown })
        : null;
    const read = v.readSavedFields(part, state);
    if (state === null) read.dropped = [...SAVED_FIELDS[part]];
    if (read.dropped.length) dropped.push(part);
    store.setState(read.fields as Partial<AppState>);
  };

  const readLog = (v: Validators, sessionId: string, dropped: string[]): SessionAction[] => {
    const prefix = `${LOG_PREFIX}${encodeURIComponent(sessionId)}/`;
    const chunks = keys(storage)
      .filter((key) => key.startsWith(prefix))
      .map((key) => ({ key, chunk: Number(key.slice(prefix.length)) }))
      .sort((a, b) => a.chunk - b.chunk);
    const actions: SessionAction[] = [];
    for (const { key } of chunks) {
      const parsed = v.savedLogSchema.safeParse(readJson(storage, key));
      if (!parsed.success) {
        // A log with a hole would not replay: it is dropped as a whole, the session itself is kept.
        dropped.push('log');
        removeLog(sessionId);
        return [];
      }
      actions.push(...(parsed.data as SessionAction[]));
    }
    return actions.filter((a) => a.sessionId === sessionId);
  };

  const hydrate = async () => {
    const saved = new Map(PARTS.map((part) => [part, readJson(storage, partKey(part))]));
    const legacy = readJson(storage, LEGACY_KEY);
    // The language is taken at once (the first paint is in it); the schemas check it again below.
    const language = languageOfSave(saved.get('settings'), legacy);
    if (language) store.setState({ language });
    const anything = [...saved.values()].some((value) => value !== undefined) || legacy !== undefined;
    const dropped: string[] = [];
    if (anything) {
      const v = await loadValidators();
      if (legacy !== undefined && [...saved.values()].every((value) => value === undefined)) {
        migrateLegacy(v, legacy, dropped);
      } else {
        for (const part of PARTS) applyPart(v, part, saved.get(part), dropped);
        const sessionId = store.getState().session?.sessionId;
        if (sessionId) store.setState({ sessionLog: readLog(v, sessionId, dropped) });
      }
      if (dropped.length) store.setState({ savedDataDropped: dropped });
    }
    const state = store.getState();
    for (const part of PARTS) {
      // A part read in full is already saved as it is; one that lost a field, or came from version 1, is written anew.
      if (!dropped.includes(part) && saved.get(part) !== undefined) lastSeen.set(part, values(state, part));
    }
    const last = state.sessionLog.at(-1);
    if (state.session && last && saved.get('session') !== undefined && !dropped.includes('log'))
      savedLog = { sessionId: state.session.sessionId, lastSeq: last.seq, firstChunk: chunkOf(state.sessionLog[0]!) };
    hydrated = true;
    flush();
  };

  /** Version 1 kept every part in one blob under `tegenwicht`, in zustand's `{ state, version }` form. */
  const migrateLegacy = (v: Validators, legacy: unknown, dropped: string[]) => {
    const blob = legacy as { state?: Record<string, unknown>; version?: unknown } | null;
    if (!blob || typeof blob.state !== 'object' || blob.state === null || blob.version !== 1) {
      dropped.push('all');
    } else {
      for (const part of PARTS) applyPart(v, part, { v: SAVE_VERSION, state: blob.state }, dropped);
      const parsed = v.savedLogSchema.safeParse(blob.state.sessionLog ?? []);
      const sessionId = store.getState().session?.sessionId;
      if (!parsed.success) dropped.push('log');
      else if (sessionId)
        store.setState({ sessionLog: (parsed.data as SessionAction[]).filter((a) => a.sessionId === sessionId) });
    }
    storage.removeItem(LEGACY_KEY);
  };

  const ready = hydrate().catch((error: unknown) => {
    console.error('Could not read what this device saved', error);
    hydrated = true;
  });

  /** The parts this window takes while it follows only some; the keys it let pass meanwhile. */
  let only: ReadonlySet<SavedPart> | null = null;
  const missed = new Set<string>();

  const followKey = (key: string | null) => {
    if (!hydrated || key === null || !key.startsWith(PREFIX)) return;
    if (only && !PARTS.some((part) => only?.has(part) && partKey(part) === key)) return void missed.add(key);
    void loadValidators().then((v) => {
      const part = PARTS.find((p) => partKey(p) === key);
      const dropped: string[] = [];
      if (part) {
        following = true;
        try {
          applyPart(v, part, readJson(storage, key), dropped);
        } finally {
          following = false;
        }
        lastSeen.set(part, values(store.getState(), part));
        return;
      }
      // Another window added to the log: take that chunk only.
      const sessionId = store.getState().session?.sessionId;
      if (!sessionId || !key.startsWith(`${LOG_PREFIX}${encodeURIComponent(sessionId)}/`)) return;
      const parsed = v.savedLogSchema.safeParse(readJson(storage, key));
      if (!parsed.success || !parsed.data.length) return;
      const chunk = chunkOf(parsed.data[0] as SessionAction);
      const log = [
        ...store.getState().sessionLog.filter((a) => chunkOf(a) !== chunk),
        ...(parsed.data as SessionAction[]),
      ];
      log.sort((a, b) => a.seq - b.seq);
      following = true;
      store.setState({ sessionLog: log });
      following = false;
      const last = log.at(-1)!;
      savedLog = { sessionId, lastSeq: last.seq, firstChunk: chunkOf(log[0]!) };
    });
  };

  const followOnly = (parts: readonly SavedPart[]) => {
    only = new Set(parts);
    return () => {
      only = null;
      // The parts first (the session says which log to take), then the chunks of the log.
      const keys = [...missed].sort((a, b) => Number(a.startsWith(LOG_PREFIX)) - Number(b.startsWith(LOG_PREFIX)));
      missed.clear();
      keys.forEach(followKey);
    };
  };

  return { ready, flush, followKey, followOnly, stop: unsubscribe };
}

function keys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
}

/**
 * Forgets what this device saved (the error screen's way out), except the private notes when `keepNotes`:
 * they are the person's own writing.
 */
export function resetSavedData(storage: Storage, { keepNotes }: { keepNotes: boolean }) {
  for (const key of keys(storage)) {
    if (keepNotes && key === partKey('notes')) continue;
    if (key === LEGACY_KEY || key.startsWith(PREFIX)) storage.removeItem(key);
  }
}
