import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

import { normaliseRoomCode } from '../src/domain/room-code';
import type { MintedRoom, RoomStatus } from '../src/domain/room-protocol';

export interface HttpApiDeps {
  isOriginAllowed(origin: string | undefined): boolean;
  mintRoom(): MintedRoom;
  roomStatus(code: string): Promise<RoomStatus>;
}

/**
 * The relay's small HTTP API, with CORS for the allowed origins only:
 * - `POST /rooms` -> 201 {code, secret}
 * - `GET /rooms/<CODE>` -> 200 {exists: true, ended} or 404 {exists: false}
 * - `GET /health` -> 200 {ok: true}
 * A request from an origin that is not allowed gets 403 and changes nothing.
 */
export async function handleHttpRequest(
  request: IncomingMessage,
  response: ServerResponse,
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
    send(response, 201, deps.mintRoom(), cors);
    return;
  }
  const match = /^\/rooms\/([^/]+)$/.exec(path);
  if (match?.[1] !== undefined) {
    if (method !== 'GET') return notAllowed(response, cors, 'GET');
    const code = normaliseRoomCode(safeDecode(match[1]));
    const status: RoomStatus = code ? await deps.roomStatus(code) : { exists: false };
    send(response, status.exists ? 200 : 404, status, cors);
    return;
  }
  send(response, 404, { error: 'not-found' }, cors);
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
