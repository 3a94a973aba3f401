import type { Language } from '../../domain/deck-constants';
import type { Card } from '../../domain/deck-schema';
import {
  duelResults,
  duelShift,
  weighResults,
  weighShift,
  type RoundSummary,
} from '../../domain/session/session-results';
import { rankResults } from '../../domain/session/wall-view';
import type { RankMark } from '../../domain/session/rank-rules';
import { decisionOf } from '../../domain/session/play-rules';
import type { SessionState, Side } from '../../domain/session/session-state';

/** The words of the summary in the session's language; the caller fills them from the translations. */
export interface SummaryLabels {
  title: string;
  format: string;
  formatName: string;
  date: string;
  players: string;
  /** The session plan that was run, and the step the session was at. */
  plan: string;
  planStep: (title: string, step: number, steps: number) => string;
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
  /** Weeg opnieuw: "Round 2 beside round 1", the columns of a round, and how many factors came closer. */
  rounds: (before: number, after: number) => string;
  roundMean: (round: number) => string;
  roundSpread: (round: number) => string;
  shift: string;
  ranges: (ranges: { narrower: number; same: number; wider: number }) => string;
  rank: string;
  rankCount: (size: number, voters: number) => string;
  groupPlace: string;
  studyPlace: string;
  picked: string;
  difference: string;
  place: (place: number | null, tied: boolean) => string;
  mark: (mark: RankMark) => string;
}

export interface SessionSummary {
  format: SessionState['format'];
  sessionId: string;
  /** When it was exported, as an ISO timestamp (the Markdown writes it in local time and words). */
  exportedAt: string;
  /** The language of the session, which the Markdown and the printed page are written in. */
  language: Language;
  players: string[];
  /** The session plan run in this session, at its step `step` (from 1) of `steps`; null when none was run. */
  plan: { title: string; step: number; steps: number } | null;
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
  /** Weeg opnieuw: this round beside the one before, per factor; null in a first round. */
  weighAgain: {
    rounds: [number, number];
    factors: { factor: string; before: RoundSummary | null; after: RoundSummary | null; shift: number | null }[];
    ranges: { narrower: number; same: number; wider: number };
  } | null;
  /** Weeg opnieuw in a Dilemma-duel: the split of the round before. */
  duelAgain: { rounds: [number, number]; before: { a: number; b: number } } | null;
  /** Rangorde: the group's places beside the study's top 15, once anyone picked. */
  rank: {
    size: number;
    voters: number;
    rows: {
      factor: string;
      place: number | null;
      tied: boolean;
      study: number | null;
      picks: number;
      mark: RankMark | null;
    }[];
  } | null;
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
  factors: readonly Card[] = [],
  plan: SessionSummary['plan'] = null,
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
  const shift = session.format === 'weigh' ? weighShift(session) : null;
  const duelBefore = session.format === 'dilemma-duel' ? duelShift(session) : null;
  const ranked = session.format === 'rank' ? rankResults(session, { card, factors: () => factors }) : null;
  return {
    format: session.format,
    sessionId: session.sessionId,
    exportedAt: now.toISOString(),
    language,
    players: session.players.map((name, i) => name || playerLabel(i)),
    plan,
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
    weighAgain: shift && {
      rounds: shift.rounds,
      factors: shift.factors.map((x) => ({
        factor: title(x.factorId),
        before: x.before,
        after: x.after,
        shift: x.shift,
      })),
      ranges: shift.ranges,
    },
    duelAgain: duelBefore && { rounds: duelBefore.rounds, before: duelBefore.before },
    rank:
      ranked && ranked.voters > 0
        ? {
            size: ranked.size,
            voters: ranked.voters,
            rows: ranked.rows.map((r) => ({
              factor: r.title[language],
              place: r.place,
              tied: r.tied,
              study: r.study,
              picks: r.picks,
              mark: r.mark,
            })),
          }
        : null,
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
    /** A shift with its sign: +0,5, −1, 0. */
    signed: (n: number) => (n > 0 ? `+${decimal.format(n)}` : n < 0 ? `−${decimal.format(-n)}` : decimal.format(0)),
    percent: (n: number) => percent.format(n),
    date: (iso: string) => date.format(new Date(iso)),
  };
}

/** A table of the summary as plain text: its columns, and per row its cells with the one that names the row. */
export interface SummaryTable {
  heads: string[];
  /** The column whose cell names the row (a row header for screen readers). */
  rowHead: number;
  rows: { key: string; cells: string[] }[];
}

/** A line of a section, with a label in bold before it where it has one. */
export interface SummaryLine {
  label?: string;
  text: string;
}

/** A section of results: a heading, lines before and after, and one table. */
export interface SummarySection {
  id: 'weigh' | 'duel' | 'weighAgain' | 'duelAgain' | 'rank';
  title: string;
  before: SummaryLine[];
  table: SummaryTable;
  after: SummaryLine[];
}

/**
 * The results of the session as sections of plain text, written once for every way it is shown: the Markdown
 * escapes them, the printable page puts them in HTML.
 */
export function summarySections(s: SessionSummary, labels: SummaryLabels): SummarySection[] {
  const f = summaryFormats(s.language);
  const side = (x: Side) => labels.sideName(x, s.sides[x]);
  const range = (r: { min: number | null; max: number | null } | null) =>
    r === null || r.min === null ? '–' : `${r.min}–${r.max}`;
  const sections: SummarySection[] = [];
  if (s.weigh.length)
    sections.push({
      id: 'weigh',
      title: labels.weigh,
      before: [],
      table: {
        heads: [labels.factor, labels.side, labels.weights, labels.mean, labels.spread],
        rowHead: 0,
        rows: s.weigh.map((w) => ({
          key: w.factor,
          cells: [w.factor, side(w.side), w.weights.join(', ') || '–', f.decimal(w.mean), range(w)],
        })),
      },
      after: s.balance
        ? [
            {
              label: labels.balance,
              text: labels.balanceOutcome(s.balance.heavier && side(s.balance.heavier), {
                a: f.decimal(s.balance.totals.a),
                b: f.decimal(s.balance.totals.b),
              }),
            },
          ]
        : [],
    });
  const duel = s.duel;
  if (duel)
    sections.push({
      id: 'duel',
      title: labels.duel,
      before: [],
      table: {
        heads: [labels.side, labels.chosen, labels.share],
        rowHead: 0,
        rows: SIDES.map((x) => ({ key: x, cells: [side(x), String(duel[x]), f.percent(duel.shares[x])] })),
      },
      after: duel.source === 'tally' ? [{ text: labels.duelCounted }] : [],
    });
  if (s.weighAgain) {
    const [before, after] = s.weighAgain.rounds;
    sections.push({
      id: 'weighAgain',
      title: labels.rounds(before, after),
      before: [],
      table: {
        heads: [
          labels.factor,
          labels.roundMean(before),
          labels.roundMean(after),
          labels.shift,
          labels.roundSpread(before),
          labels.roundSpread(after),
        ],
        rowHead: 0,
        rows: s.weighAgain.factors.map((x) => ({
          key: x.factor,
          cells: [
            x.factor,
            f.decimal(x.before?.mean ?? null),
            f.decimal(x.after?.mean ?? null),
            x.shift === null ? '–' : f.signed(x.shift),
            range(x.before),
            range(x.after),
          ],
        })),
      },
      after: [{ text: labels.ranges(s.weighAgain.ranges) }],
    });
  }
  const again = s.duelAgain;
  if (again && duel)
    sections.push({
      id: 'duelAgain',
      title: labels.rounds(...again.rounds),
      before: [],
      table: {
        heads: [labels.side, labels.roundMean(again.rounds[0]), labels.roundMean(again.rounds[1])],
        rowHead: 0,
        rows: SIDES.map((x) => ({ key: x, cells: [side(x), String(again.before[x]), String(duel[x])] })),
      },
      after: [],
    });
  if (s.rank)
    sections.push({
      id: 'rank',
      title: labels.rank,
      before: [{ text: labels.rankCount(s.rank.size, s.rank.voters) }],
      table: {
        heads: [labels.groupPlace, labels.factor, labels.studyPlace, labels.picked, labels.difference],
        rowHead: 1,
        rows: s.rank.rows.map((r) => ({
          key: r.factor,
          cells: [
            labels.place(r.place, r.tied),
            r.factor,
            r.study === null ? '–' : String(r.study),
            String(r.picks),
            r.mark ? labels.mark(r.mark) : '',
          ],
        })),
      },
      after: [],
    });
  return sections;
}

const SIDES = ['a', 'b'] as const;

const markdownLine = ({ label, text }: SummaryLine) => (label ? `**${md(label)}:** ${inline(text)}` : inline(text));

function markdownTable({ heads, rows }: SummaryTable): string[] {
  const row = (cells: string[]) => `| ${cells.map(inline).join(' | ')} |`;
  return [row(heads), `|${heads.map(() => '---').join('|')}|`, ...rows.map((r) => row(r.cells))];
}

/** The summary as a Markdown document to mail the group or keep. */
export function summaryToMarkdown(s: SessionSummary, labels: SummaryLabels): string {
  const f = summaryFormats(s.language);
  const lines = [
    `# ${md(labels.title)}`,
    '',
    `- **${labels.format}:** ${md(labels.formatName)}`,
    `- **${labels.date}:** ${f.date(s.exportedAt)}`,
  ];
  if (s.plan) lines.push(`- **${labels.plan}:** ${inline(labels.planStep(s.plan.title, s.plan.step, s.plan.steps))}`);
  if (s.players.length) lines.push(`- **${labels.players}:** ${s.players.map(inline).join(', ')}`);
  if (s.caseCard)
    lines.push(
      `- **${labels.caseCard}:** ${inline(s.caseCard.title)}${s.caseCard.kind ? ` (${labels.kind(s.caseCard.kind)})` : ''}`,
    );
  if (s.decision !== null) lines.push(`- **${labels.decision}:** ${inline(s.decision)}`);
  for (const section of summarySections(s, labels))
    lines.push(
      '',
      `## ${inline(section.title)}`,
      '',
      ...section.before.flatMap((line) => [markdownLine(line), '']),
      ...markdownTable(section.table),
      ...section.after.flatMap((line) => ['', markdownLine(line)]),
    );
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
