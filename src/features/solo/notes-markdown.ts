import type { Language } from '../../domain/deck-constants';
import type { Card } from '../../domain/deck-schema';

export interface NotesMarkdownLabels {
  heading: string;
  exported: string;
  questions: string;
  note: string;
  kind: (card: Card) => string;
}

/** The private notes as a Markdown document, in the order the cards were first drawn, each with its questions. */
export function notesToMarkdown(
  notes: Record<string, string>,
  cards: readonly Card[],
  order: readonly string[],
  language: Language,
  labels: NotesMarkdownLabels,
): string {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const ids = [...new Set([...order, ...Object.keys(notes)])].filter((id) => notes[id]?.trim());
  const sections = ids.map((id) => {
    const card = byId.get(id);
    const title = card ? `${card.title[language]} (${labels.kind(card)})` : id;
    const questions =
      card && card.kind !== 'instruction'
        ? [`**${labels.questions}**`, '', ...card.questions.map((q) => `- ${escapeText(q[language])}`), '']
        : [];
    return [`## ${escapeText(title)}`, '', ...questions, `**${labels.note}**`, '', notes[id]!.trim(), ''].join('\n');
  });
  return [`# ${labels.heading}`, '', `_${labels.exported}_`, '', ...sections].join('\n');
}

function escapeText(text: string): string {
  return text.replace(/([\\`*_#[\]])/g, '\\$1');
}
