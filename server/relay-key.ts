import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_RELAY_KEY_FILE = join(tmpdir(), 'tegenwicht-relay.key');

/**
 * The relay's HMAC key: `key` when given (RELAY_KEY), else the one kept in `file`, made once with mode 0600,
 * so a restarted relay still recognises the facilitators of its rooms.
 */
export function loadRelayKey({ key, file = DEFAULT_RELAY_KEY_FILE }: { key?: string; file?: string }): string {
  if (key) return key;
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = readFileSync(file, 'utf8').trim();
  if (stored.length < 16) throw new Error(`The relay key in ${file} is shorter than 16 characters`);
  return stored;
}
