import type { JoinRefusal } from '../domain/room-protocol';

/** What a person sees of the link to a room: on its way, in, dropped and coming back, over, or refused. */
export type RoomLinkStatus = 'connecting' | 'connected' | 'reconnecting' | 'ended' | JoinRefusal;
