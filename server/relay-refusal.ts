import type { JoinRefusal } from '../src/domain/room-protocol';

/**
 * Thrown from `onAuthenticate` to refuse a document: Hocuspocus sends `reason` to the client (the provider's
 * `authenticationFailed` event). The message stays empty, so Hocuspocus does not log a refusal as an error.
 */
export class RelayRefusal extends Error {
  constructor(readonly reason: JoinRefusal) {
    super();
  }
}
