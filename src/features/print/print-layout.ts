/** Cards on one A4 sheet: two columns of two rows, each card 93 × 135 mm (see print.css). */
export const COLUMNS = 2;
export const ROWS = 2;
export const CARDS_PER_SHEET = COLUMNS * ROWS;

/** One sheet of paper: its slots in reading order (row by row), `null` where the sheet has no card. */
export interface Sheet<T> {
  number: number;
  front: (T | null)[];
  /**
   * The same cards with every row reversed: turned over along its long edge, the sheet puts each card's
   * back right behind its front.
   */
  back: (T | null)[];
}

export function sheetCount(cardCount: number): number {
  return Math.ceil(cardCount / CARDS_PER_SHEET);
}

/** Lays cards out on sheets for double-sided printing, flipped along the long edge. */
export function layoutSheets<T>(cards: readonly T[]): Sheet<T>[] {
  return Array.from({ length: sheetCount(cards.length) }, (_, index) => {
    const front = Array.from({ length: CARDS_PER_SHEET }, (_, slot) => cards[index * CARDS_PER_SHEET + slot] ?? null);
    const back = Array.from({ length: ROWS }, (_, row) =>
      front.slice(row * COLUMNS, (row + 1) * COLUMNS).reverse(),
    ).flat();
    return { number: index + 1, front, back };
  });
}
