import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { newParticipantKey, participantKeySchema } from '../../src/domain/room-protocol';
import { roomParticipantKey } from '../../src/sync/room-key';

const RELAY = 'http://192.168.1.20:4174';

describe('roomParticipantKey', () => {
  const device = newParticipantKey();

  it('is the HMAC-SHA256 of the relay and code under the device key, in the form the relay accepts', () => {
    const key = roomParticipantKey(device, RELAY, 'ABCD234');
    const expected = createHmac('sha256', device).update(`tegenwicht-room-key\n${RELAY}\nABCD234`).digest('base64url');
    expect(key).toBe(expected);
    expect(participantKeySchema.safeParse(key).success).toBe(true);
    expect(key).not.toContain(device);
  });

  it('stays the same for the same device, relay and room (a reload keeps the answers attributable)', () => {
    expect(roomParticipantKey(device, RELAY, 'ABCD234')).toBe(roomParticipantKey(device, `${RELAY}/`, 'ABCD234'));
  });

  it('differs per room, per relay and per device, so a key shown to one host works nowhere else', () => {
    const inA = roomParticipantKey(device, RELAY, 'ABCD234');
    expect(roomParticipantKey(device, RELAY, 'WXYZ789')).not.toBe(inA);
    expect(roomParticipantKey(device, 'http://192.168.1.66:4174', 'ABCD234')).not.toBe(inA);
    expect(roomParticipantKey(newParticipantKey(), RELAY, 'ABCD234')).not.toBe(inA);
  });
});
