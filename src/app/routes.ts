/**
 * Views live in the hash (`#/solo`), so every view opens directly on any static host and from a sub-path,
 * with no server rewrites.
 */
export type Route = { view: 'solo' } | { view: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split(/[?#]/)[0] ?? '';
  const [first = ''] = path.split('/');
  switch (first) {
    case '':
    case 'solo':
      return { view: 'solo' };
    default:
      return { view: 'notFound', path };
  }
}

export const hrefFor = (view: 'solo'): string => `#/${view}`;
