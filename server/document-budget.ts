import * as Y from 'yjs';

/** A document at its cap is measured again at most this often; in between, what does not fit is refused. */
const REMEASURE_MS = 1_000;

interface Size {
  /** The document's size when last measured (its whole state as one Yjs update). */
  measured: number;
  /** Bytes admitted since: an upper bound of the growth (a change replaces as much as it adds, often). */
  since: number;
  at: number;
}

/**
 * Keeps each room document within `maxBytes`. Measuring a document means encoding it, so it is done only
 * when the bytes admitted since the last measurement could have reached the cap: a document that is far
 * from it costs an addition per message.
 */
export class DocumentBudget {
  private readonly sizes = new WeakMap<Y.Doc, Size>();

  constructor(
    readonly maxBytes: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether `bytes` more may go into `doc`; when they may, they are counted. */
  admit(doc: Y.Doc, bytes: number): boolean {
    let size = this.sizes.get(doc);
    if (!size) {
      size = this.measure(doc);
      this.sizes.set(doc, size);
    }
    if (size.measured + size.since + bytes <= this.maxBytes) {
      size.since += bytes;
      return true;
    }
    if (this.now() - size.at < REMEASURE_MS && size.since === 0) return false;
    Object.assign(size, this.measure(doc));
    if (size.measured + bytes > this.maxBytes) return false;
    size.since = bytes;
    return true;
  }

  private measure(doc: Y.Doc): Size {
    return { measured: Y.encodeStateAsUpdate(doc).byteLength, since: 0, at: this.now() };
  }
}
