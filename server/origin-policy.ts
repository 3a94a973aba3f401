/**
 * Decides whether a browser origin may use the relay. Patterns are exact origins in which `*` matches any
 * run of characters other than `/`: `http://localhost:*`, `https://*.example.org`; a lone `*` allows all.
 *
 * A request without an Origin header is allowed: browsers always send one, and any other client could send
 * whatever it likes, so the header only keeps other web pages out.
 */
export function createOriginPolicy(patterns: readonly string[]): (origin: string | undefined) => boolean {
  if (patterns.includes('*')) return () => true;
  const matchers = patterns.map(
    (pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^/]*')}$`, 'i'),
  );
  return (origin) => origin === undefined || matchers.some((matcher) => matcher.test(origin));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
