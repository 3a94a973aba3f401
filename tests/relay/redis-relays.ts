/**
 * The setup every Redis relay test shares: a throwaway redis-server for the file, relay instances on it, and
 * a loud skip when redis-server is missing (a failure under CI=true).
 */
import { afterAll, afterEach, beforeAll, describe } from 'vitest';

import type { Relay, RelayStartOptions } from '../../server/index';
import { relayOptionsFromEnv } from '../../server/relay-options';
import { cleanUp, startTestRelay } from './relay-client';
import { REDIS_SERVER, hasRedisServer, startRedis, type TestRedis } from './redis-server';

export interface RedisRelays {
  /** The redis-server now running. */
  readonly redis: TestRedis;
  /** A relay instance sharing rooms through that Redis. */
  startInstance(options?: RelayStartOptions): Promise<Relay>;
  /** Stops Redis (an outage); {@link restartRedis} brings it back on the same port. */
  stopRedis(): Promise<void>;
  restartRedis(): Promise<void>;
}

/** `describe` for tests of relays behind Redis; skipped loudly without redis-server, failing under CI. */
export function describeWithRedis(title: string, body: (relays: RedisRelays) => void): void {
  const available = hasRedisServer();
  if (!available) {
    if (process.env.CI === 'true')
      throw new Error(`${REDIS_SERVER} is missing; the Redis relay tests cannot run in CI`);
    console.warn(`\n*** SKIPPING "${title}": ${REDIS_SERVER} is not installed (apt-get install redis-server) ***\n`);
  }
  describe.skipIf(!available)(title, () => {
    let redis: TestRedis | undefined;
    const current = () => {
      if (!redis) throw new Error('Redis is not running');
      return redis;
    };
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await redis?.stop();
    });
    afterEach(cleanUp);

    body({
      get redis() {
        return current();
      },
      startInstance: (options = {}) =>
        startTestRelay({
          redis: relayOptionsFromEnv({ REDIS_URL: current().url }).options.redis,
          joinWaitMs: 3_000,
          ...options,
        }),
      stopRedis: () => current().stop(),
      restartRedis: async () => {
        redis = await startRedis(current().port);
      },
    });
  });
}
