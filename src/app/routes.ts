/**
 * Views live in the hash (`#/solo`), so every view opens directly on any static host and from a sub-path,
 * with no server rewrites. Parameters follow a `?` inside the hash: `#/projector?session=abc`.
 */
export type Route =
  | { view: 'home' }
  | { view: 'guide' }
  | { view: 'about' }
  | { view: 'solo' }
  | { view: 'card'; cardId: string }
  | { view: 'deal'; payload: string }
  | { view: 'explain'; walkId: string | null }
  | { view: 'console' }
  /** A session plan someone shared: opens the console with the plan ready to run. */
  | { view: 'plan'; payload: string }
  | { view: 'projector'; sessionId: string | null }
  | { view: 'join'; code: string | null }
  | { view: 'print' }
  | { view: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  // URLSearchParams never throws: a broken escape comes out as U+FFFD, which no code or id accepts.
  const params = new URLSearchParams(query);
  const [first = '', second] = path.split('/');
  switch (first) {
    case '':
      return { view: 'home' };
    case 'guide':
      return { view: 'guide' };
    case 'about':
      return { view: 'about' };
    case 'solo':
      return { view: 'solo' };
    case 'card':
      return { view: 'card', cardId: safeDecode(second ?? '') };
    case 'deal':
      return { view: 'deal', payload: safeDecode(second ?? '') };
    case 'explain':
      return { view: 'explain', walkId: second ? safeDecode(second) : null };
    case 'console':
      return { view: 'console' };
    case 'plan':
      return { view: 'plan', payload: safeDecode(second ?? '') };
    case 'projector':
      return { view: 'projector', sessionId: params.get('session') };
    case 'print':
      return { view: 'print' };
    case 'join':
      return { view: 'join', code: second ? safeDecode(second) : params.get('code') };
    default:
      return { view: 'notFound', path };
  }
}

/** A crafted address with a broken escape is read as it is, so it reaches the view that refuses it. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
