import type { RoomRole } from '../src/domain/room-protocol';
import type { SocketGuard } from './socket-guard';

/** The Hocuspocus connection context of an authenticated client: who it is and its socket's guard. */
export interface RelayContext {
  role: RoomRole;
  code: string;
  /** Set for participants only. */
  participantId?: string;
  guard: SocketGuard;
}

export function isRelayContext(context: unknown): context is RelayContext {
  return typeof context === 'object' && context !== null && 'role' in context && 'guard' in context;
}
