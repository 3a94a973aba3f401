import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

import { normaliseRoomCode } from '../src/domain/room-code';
import type { MintedRoom, RoomStatus } from '../src/domain/room-protocol';

/** A request the relay will not answer now: `429` (this address asked too often) or `503` (the relay is full). */
export interface Limited {
  limited: 429 | 503;
  /** Seconds, for `Retry-After`. */
  retryAfter: number;
}

export interface HttpApiDeps {
  isOriginAllowed(origin: string | undefined): boolean;
  mintRoom(address: string): MintedRoom | Limited;
  roomStatus(code: string, address: string): Promise<RoomStatus | Limited>;
}

/**
 * The relay's small HTTP API, with CORS for the allowed origins only:
 * - `POST /rooms` -> 201 {code, secret}
 * - `GET /rooms/<CODE>` -> 200 {exists: true, ended} or 404 {exists: false}
 * - `GET /health` -> 200 {ok: true}
 * Either of the first two may get `429 {error: 'rate-limited'}` or `503 {error: 'busy'}` with `Retry-After`.
 * A request from an origin that is not allowed gets 403 and changes nothing.
 */
export async function handleHttpRequest(
  request: IncomingMessage,
  response: ServerResponse,
  address: string,
  deps: HttpApiDeps,
): Promise<void> {
  request.resume();
  const origin = request.headers.origin;
  if (!deps.isOriginAllowed(origin)) {
    send(response, 403, { error: 'origin-not-allowed' });
    return;
  }
  const cors: OutgoingHttpHeaders = origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
  const method = request.method ?? 'GET';
  const path = new URL(request.url ?? '/', 'http://relay').pathname;

  if (method === 'OPTIONS') {
    response.writeHead(204, {
      ...cors,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '600',
    });
    response.end();
    return;
  }
  if (path === '/health') {
    if (method !== 'GET' && method !== 'HEAD') return notAllowed(response, cors, 'GET');
    send(response, 200, { ok: true }, cors);
    return;
  }
  if (path === '/rooms') {
    if (method !== 'POST') return notAllowed(response, cors, 'POST');
    const minted = deps.mintRoom(address);
    if ('limited' in minted) return sendLimited(response, minted, cors);
    send(response, 201, minted, cors);
    return;
  }
  const match = /^\/rooms\/([^/]+)$/.exec(path);
  if (match?.[1] !== undefined) {
    if (method !== 'GET') return notAllowed(response, cors, 'GET');
    const code = normaliseRoomCode(safeDecode(match[1]));
    const status: RoomStatus | Limited = code ? await deps.roomStatus(code, address) : { exists: false };
    if ('limited' in status) return sendLimited(response, status, cors);
    send(response, status.exists ? 200 : 404, status, cors);
    return;
  }
  send(response, 404, { error: 'not-found' }, cors);
}

function sendLimited(response: ServerResponse, { limited, retryAfter }: Limited, cors: OutgoingHttpHeaders): void {
  const headers = { ...cors, 'Retry-After': String(retryAfter), 'Access-Control-Expose-Headers': 'Retry-After' };
  send(response, limited, { error: limited === 429 ? 'rate-limited' : 'busy' }, headers);
}

function notAllowed(response: ServerResponse, cors: OutgoingHttpHeaders, allow: string): void {
  send(response, 405, { error: 'method-not-allowed' }, { ...cors, Allow: allow });
}

function send(response: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
