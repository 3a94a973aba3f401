import type { CardKind, Cluster, Language } from '../../domain/deck-constants';
import type { Card } from '../../domain/deck-schema';

/** What the trainer looks for in the deck: words, a kind, a cluster, only the study's top 15. */
export interface CardQuery {
  words: string;
  kind: CardKind | null;
  cluster: Cluster | null;
  top15: boolean;
}

export const ANY_QUERY: CardQuery = { words: '', kind: null, cluster: null, top15: false };

/** Lower case, without accents, so that "beëindigen" is found by "beeindigen" and "Casus" by "casus". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const words = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function textsOf(card: Card, language: Language): { title: string; body: string } {
  const parts = [card.text[language]];
  if (card.kind === 'dilemma') for (const side of card.sides) parts.push(side.label[language], side.text[language]);
  return { title: card.title[language], body: parts.join(' ') };
}

/**
 * The cards that match, best first: every word typed must start a word of the title or text (in the
 * language shown, or else in the other); a match in the title counts more than one in the text. Without
 * words the deck's order stays, or the rank for the top 15.
 */
export function searchCards(cards: readonly Card[], query: CardQuery, language: Language): Card[] {
  const wanted = words(query.words);
  const other: Language = language === 'nl' ? 'en' : 'nl';
  const scored: { card: Card; score: number; index: number }[] = [];
  cards.forEach((card, index) => {
    if (query.kind !== null && card.kind !== query.kind) return;
    const cluster = card.kind === 'factor' ? card.cluster : null;
    const rank = card.kind === 'factor' ? card.rank : undefined;
    if (query.cluster !== null && cluster !== query.cluster) return;
    if (query.top15 && rank === undefined) return;
    if (wanted.length === 0) return void scored.push({ card, score: query.top15 ? -(rank ?? 99) : 0, index });
    let best = -1;
    for (const [lang, weight] of [
      [language, 2],
      [other, 1],
    ] as const) {
      const { title, body } = textsOf(card, lang);
      const inTitle = words(title);
      const inBody = words(body);
      let score = 0;
      for (const word of wanted) {
        if (inTitle.some((w) => w.startsWith(word))) score += 3;
        else if (inBody.some((w) => w.startsWith(word))) score += 1;
        else {
          score = -1;
          break;
        }
      }
      if (score >= 0) best = Math.max(best, score * weight);
    }
    if (best >= 0) scored.push({ card, score: best, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.card);
}
