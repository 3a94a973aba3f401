import type { Language } from '../../domain/deck-constants';
import type { Card } from '../../domain/deck-schema';
import { duelResults, weighResults } from '../../domain/session/session-results';
import { decisionOf } from '../../domain/session/play-rules';
import type { SessionState, Side } from '../../domain/session/session-state';

/** The words of the summary in the session's language; the caller fills them from the translations. */
export interface SummaryLabels {
  title: string;
  format: string;
  formatName: string;
  date: string;
  players: string;
  caseCard: string;
  decision: string;
  cards: string;
  cardsHint: string;
  weigh: string;
  duel: string;
  steps: string;
  notes: string;
  roomNotes: string;
  none: string;
  factor: string;
  side: string;
  sideName: (side: Side, label: string | null) => string;
  weights: string;
  mean: string;
  spread: string;
  chosen: string;
  share: string;
  balance: string;
  /** The balance's outcome in words: which side it tips to, or that it is even. */
  balanceOutcome: (heavier: string | null, totals: { a: string; b: string }) => string;
  duelCounted: string;
  kind: (kind: Card['kind']) => string;
  stepName: (step: number) => string;
}

export interface SessionSummary {
  format: SessionState['format'];
  sessionId: string;
  /** When it was exported, as an ISO timestamp (the Markdown writes it in local time and words). */
  exportedAt: string;
  /** The language of the session, which the Markdown and the printed page are written in. */
  language: Language;
  players: string[];
  /** The cards put on the table, in order; cards only browsed or flashed past are not here. */
  cardsPlayed: { id: string; kind: Card['kind'] | null; title: string }[];
  caseCard: { id: string; kind: Card['kind'] | null; title: string } | null;
  /** Vertragen: the decision slowed down; null when none was typed. */
  decision: string | null;
  /** The two sides of the scale or the duel: a dilemma's labels, or null for plain A and B. */
  sides: { a: string | null; b: string | null };
  weigh: {
    factor: string;
    side: Side;
    weights: number[];
    mean: number | null;
    min: number | null;
    max: number | null;
  }[];
  balance: { totals: { a: number; b: number }; tilt: number; heavier: Side | null } | null;
  duel: { a: number; b: number; source: 'votes' | 'tally'; shares: { a: number; b: number } } | null;
  steps: { step: number; factors: string[] }[];
  facilitatorNotes: string;
  /** Anonymous notes participants sent in the room, without any name. */
  roomNotes: string[];
  actions: number;
}

/** The session as data: what was played, weighed and chosen, and the facilitator's notes. */
export function summariseSession(
  session: SessionState,
  card: (id: string) => Card | undefined,
  notes: string,
  roomNotes: readonly string[],
  actions: number,
  language: Language,
  playerLabel: (index: number) => string,
  now = new Date(),
): SessionSummary {
  const title = (id: string) => card(id)?.title[language] ?? id;
  const results = weighResults(session);
  const weigh = results.factors.map((f) => ({
    factor: title(f.factorId),
    side: f.side,
    weights: f.weights,
    mean: f.mean,
    min: f.min,
    max: f.max,
  }));
  const duel = duelResults(session);
  const duelTotal = duel.a + duel.b;
  const caseCard = session.caseCardId ? card(session.caseCardId) : undefined;
  const dilemma = caseCard?.kind === 'dilemma' ? caseCard : undefined;
  return {
    format: session.format,
    sessionId: session.sessionId,
    exportedAt: now.toISOString(),
    language,
    players: session.players.map((name, i) => name || playerLabel(i)),
    cardsPlayed: session.played.map((id) => ({ id, kind: card(id)?.kind ?? null, title: title(id) })),
    caseCard: session.caseCardId
      ? { id: session.caseCardId, kind: caseCard?.kind ?? null, title: title(session.caseCardId) }
      : null,
    decision: decisionOf(session),
    sides: { a: dilemma?.sides[0].label[language] ?? null, b: dilemma?.sides[1].label[language] ?? null },
    weigh,
    balance:
      weigh.length > 0
        ? {
            totals: results.totals,
            tilt: results.tilt,
            heavier: results.tilt < 0 ? 'a' : results.tilt > 0 ? 'b' : null,
          }
        : null,
    duel: duelTotal > 0 ? { ...duel, shares: { a: duel.a / duelTotal, b: duel.b / duelTotal } } : null,
    steps: [0, 1, 2, 3, 4, 5]
      .map((step) => ({ step, factors: (session.slowDown.attached[String(step)] ?? []).map(title) }))
      .filter((s) => s.factors.length > 0),
    facilitatorNotes: notes,
    roomNotes: [...roomNotes],
    actions,
  };
}

/** Text as Markdown shows it, never as markup: every character that could start structure is escaped. */
const md = (text: string) => text.replace(/([\\`*_#[\]|<>~!])/g, '\\$1');
/** One line of text for a list item or a table cell: line breaks become spaces, so they cannot add structure. */
const inline = (text: string) => md(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
/**
 * A block of the trainer's own text: its lines kept, each escaped, and a line that would start a heading,
 * list, quote, rule or table (`#`, `-`, `+`, `1.`, `>`, `===`) escaped at its start.
 */
const block = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) =>
      md(line)
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('  \n');

/** How the summary writes a date, a decimal and a share in its language. */
export function summaryFormats(language: Language) {
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' });
  return {
    decimal: (n: number | null) => (n === null ? '–' : decimal.format(n)),
    percent: (n: number) => percent.format(n),
    date: (iso: string) => date.format(new Date(iso)),
  };
}

/** The summary as a Markdown document to mail the group or keep. */
export function summaryToMarkdown(s: SessionSummary, labels: SummaryLabels): string {
  const f = summaryFormats(s.language);
  const side = (x: Side) => inline(labels.sideName(x, s.sides[x]));
  const lines = [
    `# ${md(labels.title)}`,
    '',
    `- **${labels.format}:** ${md(labels.formatName)}`,
    `- **${labels.date}:** ${f.date(s.exportedAt)}`,
  ];
  if (s.players.length) lines.push(`- **${labels.players}:** ${s.players.map(inline).join(', ')}`);
  if (s.caseCard)
    lines.push(
      `- **${labels.caseCard}:** ${inline(s.caseCard.title)}${s.caseCard.kind ? ` (${labels.kind(s.caseCard.kind)})` : ''}`,
    );
  if (s.decision !== null) lines.push(`- **${labels.decision}:** ${inline(s.decision)}`);
  if (s.weigh.length) {
    lines.push('', `## ${labels.weigh}`, '');
    lines.push(`| ${labels.factor} | ${labels.side} | ${labels.weights} | ${labels.mean} | ${labels.spread} |`);
    lines.push('|---|---|---|---|---|');
    for (const w of s.weigh)
      lines.push(
        `| ${inline(w.factor)} | ${side(w.side)} | ${w.weights.join(', ') || '–'} | ${f.decimal(w.mean)} | ${
          w.min === null ? '–' : `${w.min}–${w.max}`
        } |`,
      );
    if (s.balance)
      lines.push(
        '',
        `**${labels.balance}:** ${inline(
          labels.balanceOutcome(s.balance.heavier && labels.sideName(s.balance.heavier, s.sides[s.balance.heavier]), {
            a: f.decimal(s.balance.totals.a),
            b: f.decimal(s.balance.totals.b),
          }),
        )}`,
      );
  }
  if (s.duel) {
    lines.push('', `## ${labels.duel}`, '');
    lines.push(`| ${labels.side} | ${labels.chosen} | ${labels.share} |`, '|---|---|---|');
    for (const x of ['a', 'b'] as const) lines.push(`| ${side(x)} | ${s.duel[x]} | ${f.percent(s.duel.shares[x])} |`);
    if (s.duel.source === 'tally') lines.push('', md(labels.duelCounted));
  }
  if (s.steps.length) {
    lines.push('', `## ${labels.steps}`, '');
    for (const step of s.steps)
      lines.push(`- **${md(labels.stepName(step.step))}:** ${step.factors.map(inline).join(', ')}`);
  }
  lines.push('', `## ${labels.cards}`, '', md(labels.cardsHint), '');
  lines.push(
    ...(s.cardsPlayed.length
      ? s.cardsPlayed.map((c, i) => `${i + 1}. ${inline(c.title)}${c.kind ? ` (${labels.kind(c.kind)})` : ''}`)
      : [labels.none]),
  );
  if (s.roomNotes.length) lines.push('', `## ${labels.roomNotes}`, '', ...s.roomNotes.map((n) => `- ${inline(n)}`));
  lines.push(
    '',
    `## ${labels.notes}`,
    '',
    s.facilitatorNotes.trim() ? block(s.facilitatorNotes.trim()) : labels.none,
    '',
  );
  return lines.join('\n');
}
