/**
 * The relay from the command line: `npm run relay` (compiled to dist-server/relay.js). Configured by the environment (see README.md):
 * PORT, HOST, RELAY_ORIGINS, RELAY_KEY or RELAY_KEY_FILE, REDIS_URL, ROOM_IDLE_MINUTES and the limits.
 */
import { startRelay } from './index';
import { relayOptionsFromEnv } from './relay-options';

const { options, relayKey, relayKeyFile } = relayOptionsFromEnv(process.env);
const relay = await startRelay({ ...options, relayKey, relayKeyFile });

const idle = options.roomIdleMs % 60_000 === 0 ? `${options.roomIdleMs / 60_000} min` : `${options.roomIdleMs} ms`;
const redis = options.redis ? `redis ${options.redis.host}:${options.redis.port}` : 'in memory';
console.log(`Tegenwicht relay at ${relay.url} (${redis}, rooms end after ${idle} idle)`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  relay.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
