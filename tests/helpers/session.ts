import type { ActionBody } from '../../src/domain/session/session-actions';
import { reduceSession } from '../../src/domain/session/reduce-session';
import { createSession, type SessionState } from '../../src/domain/session/session-state';

/** Applies action bodies in order with the right envelope, as the console does. */
export function play(bodies: ActionBody[], state: SessionState = createSession('s1')): SessionState {
  return bodies.reduce((s, body) => reduceSession(s, { ...body, sessionId: s.sessionId, seq: s.seq + 1 }), state);
}
