import type { Walk } from '../domain/explain-walk';
import { walkHref } from './view-links';

/**
 * The weighings a professional explained, newest first, each a link to reread or go on with it; the caller
 * words an entry from the decision (empty when none was typed yet) and the date of its last change.
 */
export function WalkLinks({
  walks,
  language,
  entry,
  className,
}: {
  walks: readonly Walk[];
  language: string;
  entry: (decision: string, date: string) => string;
  className?: string;
}) {
  return (
    <ol className={className} reversed>
      {[...walks].reverse().map((walk) => (
        <li key={walk.id}>
          <a href={walkHref(walk.id)}>
            {entry(walk.decision.trim(), new Date(walk.updatedAt).toLocaleDateString(language))}
          </a>
        </li>
      ))}
    </ol>
  );
}
