import type { onStatelessPayload } from '@hocuspocus/server';

import type { RelayMessage } from '../src/domain/room-protocol';
import { parseClientMessage } from '../src/domain/room-protocol';
import { isRelayContext } from './relay-context';
import type { RoomRegistry } from './room-registry';

/**
 * The relay's `onStateless`: a participant's answer is checked and stored in the private document; the
 * reply (ack or refusal) goes to that connection only. Never throws: a bad message must not hurt the room.
 */
export function handleStateless({ connection, payload }: onStatelessPayload, rooms: RoomRegistry): void {
  const reply = (message: RelayMessage) => connection.sendStateless(JSON.stringify(message));
  try {
    const context: unknown = connection.context;
    if (!isRelayContext(context) || context.role !== 'participant' || !context.participantId) {
      reply({ type: 'refused', reason: 'not-a-participant' });
      return;
    }
    const parsed = parseClientMessage(payload);
    if (!parsed.ok) {
      reply({ type: 'refused', reason: 'malformed' });
      return;
    }
    const room = rooms.get(context.code);
    reply(
      room
        ? room.answer(context.participantId, parsed.message)
        : { type: 'refused', reason: 'room-ended', questionId: parsed.message.questionId },
    );
  } catch (error) {
    console.error('An answer could not be handled', error);
  }
}
