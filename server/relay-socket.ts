import WebSocket from 'ws';

export interface MessageFilter {
  /** Whether an incoming message may reach Hocuspocus. */
  admit(data: unknown, isBinary: unknown): boolean;
}

/**
 * The WebSocket class the relay's server creates: every incoming message passes its filter before Hocuspocus
 * sees it, so limits hold before anything is decoded, queued or broadcast. Without a filter nothing passes.
 */
export class RelaySocket extends WebSocket {
  filter: MessageFilter | null = null;

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'message' && !this.filter?.admit(args[0], args[1])) return false;
    return super.emit(event, ...args);
  }
}
