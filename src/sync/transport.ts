/** The status of a link between views. A same-device channel is always `connected`. */
export type TransportStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/**
 * One small interface for every way views talk: BroadcastChannel on one device, the relay across devices,
 * an in-memory pair in tests. Messages are text; the receiver validates them.
 */
export interface Transport {
  send(text: string): void;
  /** Subscribes to incoming messages; returns the unsubscribe function. */
  onMessage(listener: (data: unknown) => void): () => void;
  close(): void;
}
