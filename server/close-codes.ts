import type { CloseReason } from '../src/domain/room-protocol';

/** WebSocket close codes (4000-4999 are free for applications), one per reason the relay closes a socket. */
export const CLOSE_CODES: Record<CloseReason, number> = {
  malformed: 4400,
  'auth-timeout': 4408,
  'too-many-documents': 4409,
  'room-ended': 4410,
  'too-large': 4413,
  'rate-limited': 4429,
  'too-many-connections': 4503,
};
