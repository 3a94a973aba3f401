import type { Language } from '../../domain/deck-constants';
import type { Card } from '../../domain/deck-schema';
import { duelResults, weighResults } from '../../domain/session/session-results';
import { decisionOf } from '../../domain/session/play-rules';
import type { SessionState } from '../../domain/session/session-state';

export interface SummaryLabels {
  title: string;
  format: string;
  formatName: string;
  date: string;
  players: string;
  cards: string;
  weigh: string;
  duel: string;
  steps: string;
  decision: string;
  notes: string;
  roomNotes: string;
  none: string;
  sideA: string;
  sideB: string;
  mean: string;
  spread: string;
  weights: string;
  stepName: (step: number) => string;
}

export interface SessionSummary {
  format: SessionState['format'];
  sessionId: string;
  exportedAt: string;
  players: string[];
  cardsPlayed: { id: string; kind: Card['kind'] | null; title: string }[];
  caseCard: { id: string; title: string } | null;
  weigh: {
    factor: string;
    side: 'a' | 'b';
    weights: number[];
    mean: number | null;
    min: number | null;
    max: number | null;
  }[];
  duel: { a: number; b: number; source: 'votes' | 'tally' } | null;
  steps: { step: number; factors: string[] }[];
  /** Vertragen: the decision that was slowed down, as typed; null when none was. */
  decision: string | null;
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
  const weigh = weighResults(session).factors.map((f) => ({
    factor: title(f.factorId),
    side: f.side,
    weights: f.weights,
    mean: f.mean,
    min: f.min,
    max: f.max,
  }));
  const duel = duelResults(session);
  return {
    format: session.format,
    sessionId: session.sessionId,
    exportedAt: now.toISOString(),
    players: session.players.map((name, i) => name || playerLabel(i)),
    cardsPlayed: session.played.map((id) => ({ id, kind: card(id)?.kind ?? null, title: title(id) })),
    caseCard: session.caseCardId ? { id: session.caseCardId, title: title(session.caseCardId) } : null,
    weigh,
    duel: duel.a + duel.b > 0 ? duel : null,
    steps: [0, 1, 2, 3, 4, 5]
      .map((step) => ({ step, factors: (session.slowDown.attached[String(step)] ?? []).map(title) }))
      .filter((s) => s.factors.length > 0),
    decision: decisionOf(session),
    facilitatorNotes: notes,
    roomNotes: [...roomNotes],
    actions,
  };
}

const md = (text: string) => text.replace(/([\\`*_#[\]|<>])/g, '\\$1');

/** The summary as a Markdown document to keep or share. */
export function summaryToMarkdown(s: SessionSummary, labels: SummaryLabels): string {
  const lines = [
    `# ${md(labels.title)}`,
    '',
    `- ${labels.format}: ${md(labels.formatName)}`,
    `- ${labels.date}: ${s.exportedAt}`,
  ];
  if (s.players.length) lines.push(`- ${labels.players}: ${s.players.map(md).join(', ')}`);
  if (s.caseCard) lines.push(`- ${md(s.caseCard.title)}`);
  lines.push('', `## ${labels.cards}`, '');
  lines.push(...(s.cardsPlayed.length ? s.cardsPlayed.map((c, i) => `${i + 1}. ${md(c.title)}`) : [labels.none]));
  if (s.weigh.length) {
    lines.push(
      '',
      `## ${labels.weigh}`,
      '',
      `| | | ${labels.weights} | ${labels.mean} | ${labels.spread} |`,
      '|---|---|---|---|---|',
    );
    for (const f of s.weigh)
      lines.push(
        `| ${md(f.factor)} | ${f.side === 'a' ? labels.sideA : labels.sideB} | ${f.weights.join(', ')} | ${f.mean ?? '–'} | ${f.min ?? '–'}–${f.max ?? '–'} |`,
      );
  }
  if (s.duel)
    lines.push('', `## ${labels.duel}`, '', `- ${labels.sideA}: ${s.duel.a}`, `- ${labels.sideB}: ${s.duel.b}`);
  if (s.decision !== null || s.steps.length) lines.push('', `## ${labels.steps}`, '');
  if (s.decision !== null) lines.push(`${labels.decision}: ${md(s.decision)}`, '');
  if (s.steps.length) {
    for (const step of s.steps) lines.push(`- ${md(labels.stepName(step.step))}: ${step.factors.map(md).join(', ')}`);
  }
  if (s.roomNotes.length) lines.push('', `## ${labels.roomNotes}`, '', ...s.roomNotes.map((n) => `- ${md(n)}`));
  lines.push('', `## ${labels.notes}`, '', s.facilitatorNotes.trim() || labels.none, '');
  return lines.join('\n');
}
