import { currentCardId } from '../deal';
import type { Card } from '../deck-schema';
import type { ActionBody } from './session-actions';
import type { AnswerMode, SessionState } from './session-state';

/**
 * The rules of play the reducer enforces and every view asks: who is at turn, which question is open, who
 * answers it and how many have. Pure functions of the session state; console, wall, phones and relay read
 * the same answers from here.
 */

/** How many answer on one screen: the players, or one group without names. */
export const screenVoterCount = (state: SessionState): number => Math.max(1, state.players.length);

/** The key the answers of an on-screen player are kept under; phones in a room have their own. */
export const screenVoter = (index: number): string => `p${index + 1}`;

/** The key a phone's answers are kept under, from the participant id the relay gives. */
export const roomVoter = (participantId: string): string => `r-${participantId}`;
const isRoomVoter = (voter: string) => voter.startsWith('r-');

export type QuestionKind = 'weights' | 'side' | 'ranking' | 'note';
export interface OpenQuestion {
  /** The id the phones answer under and the relay checks (see `protocolIdSchema`). */
  id: string;
  kind: QuestionKind;
}

const PROTOCOL_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** A short stable hash (FNV-1a, 32 bits) so that any card id gives a valid question id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** `<format>-<card>-<round>`, with the card hashed when the whole would not be a valid protocol id. */
function questionId(state: SessionState, cardId: string): string {
  const plain = `${state.format}-${cardId}-${state.answerRound}`;
  return PROTOCOL_ID.test(plain) ? plain : `${state.format}-h${hash(cardId)}-${state.answerRound}`;
}

/**
 * The question open for answers now, or null: weights for the factors on the scale (Weeg de factoren), a
 * side of the case on the table (Dilemma-duel), else an anonymous note on the card on the table. Closed
 * once revealed or ended. The one definition of the open question: the console takes answers for it, the
 * wall and the phones show it, the relay accepts answers under its id.
 */
export function openQuestion(state: SessionState): OpenQuestion | null {
  if (state.revealed || state.phase === 'ended') return null;
  if (state.format === 'weigh' && state.weigh.placed.length > 0)
    return { id: questionId(state, state.caseCardId ?? 'none'), kind: 'weights' };
  if (state.format === 'dilemma-duel' && state.caseCardId !== null)
    return { id: questionId(state, state.caseCardId), kind: 'side' };
  // Rangorde asks its question from the start: no card needs to be on the table.
  if (state.format === 'rank') return { id: questionId(state, 'top'), kind: 'ranking' };
  const cardId = state.deal ? currentCardId(state.deal) : null;
  return cardId === null ? null : { id: questionId(state, cardId), kind: 'note' };
}

/** Whether the open question asks for an answer that counts (weights or a side), not only a note. */
const asksAnswer = (state: SessionState) => {
  const kind = openQuestion(state)?.kind;
  return kind === 'weights' || kind === 'side' || kind === 'ranking';
};

/**
 * The ways the group can answer in this format, in the order the console offers them: the players in turn
 * on one screen, a count of hands (Dilemma-duel only: a split is all a hand count gives), or the phones in
 * a room. Empty for formats whose question asks no counted answer. `available` is false for the phones
 * while no room is open.
 */
export function answerModesOf(state: SessionState): { mode: AnswerMode; available: boolean }[] {
  const modes: AnswerMode[] =
    state.format === 'dilemma-duel'
      ? ['screen', 'hands', 'room']
      : state.format === 'weigh' || state.format === 'rank'
        ? ['screen', 'room']
        : [];
  return modes.map((mode) => ({ mode, available: mode !== 'room' || state.room !== null }));
}

/** Whether the session may switch to this way of answering now (see `answerModesOf`). */
export const canUseAnswerMode = (state: SessionState, mode: AnswerMode): boolean =>
  answerModesOf(state).some((m) => m.mode === mode && m.available);

/** Whether any answer to the open or last question has been given: a switch of answer mode clears them. */
export function hasAnswers(state: SessionState): boolean {
  const { weigh, duel, rank } = state;
  return (
    Object.values(weigh.weights).some((byVoter) => Object.keys(byVoter).length > 0) ||
    Object.keys(duel.votes).length > 0 ||
    duel.tally !== null ||
    Object.keys(rank.picks).length > 0
  );
}

/** On one screen in Rangorde: the player who picks now, or 'done' when all have. */
export function rankTurn(state: SessionState): { player: number } | 'done' | null {
  if (state.format !== 'rank' || state.answerMode !== 'screen' || !asksAnswer(state)) return null;
  for (let player = 0; player < screenVoterCount(state); player++)
    if (state.rank.picks[screenVoter(player)] === undefined) return { player };
  return 'done';
}

/** On one screen in Weeg de factoren: the player who weighs now and the factor, or 'done' when all have. */
export function weighTurn(state: SessionState): { player: number; factorId: string } | 'done' | null {
  if (state.format !== 'weigh' || state.answerMode !== 'screen' || !asksAnswer(state)) return null;
  for (let player = 0; player < screenVoterCount(state); player++) {
    const voter = screenVoter(player);
    const factor = state.weigh.placed.find((p) => state.weigh.weights[p.factorId]?.[voter] === undefined);
    if (factor) return { player, factorId: factor.factorId };
  }
  return 'done';
}

/** On one screen in a Dilemma-duel: the player who chooses now, or 'done' when all have. */
export function duelTurn(state: SessionState): { player: number } | 'done' | null {
  if (state.format !== 'dilemma-duel' || state.answerMode !== 'screen' || !asksAnswer(state)) return null;
  for (let player = 0; player < screenVoterCount(state); player++)
    if (state.duel.votes[screenVoter(player)] === undefined) return { player };
  return 'done';
}

/** Intervisie-ronde: who asks the next question; null with fewer than two players. */
export function questionerOf(state: SessionState): number | null {
  if (state.format !== 'intervision' || state.players.length < 2) return null;
  return state.intervision.questioner;
}

/** Intervisie-ronde: who brought the case; null when nobody has been chosen. */
export function caseOwnerOf(state: SessionState): number | null {
  if (state.format !== 'intervision') return null;
  const owner = state.intervision.caseOwner;
  return owner !== null && owner < state.players.length ? owner : null;
}

/**
 * Whose turn it is, by index in the players; null when the session has no players or nobody is at turn
 * (everyone has weighed or chosen, or the phones answer). In the Intervisie-ronde it is the questioner.
 */
export function turnOf(state: SessionState): number | null {
  if (state.players.length === 0) return null;
  switch (state.format) {
    case 'intervision':
      return questionerOf(state);
    case 'weigh': {
      const turn = weighTurn(state);
      return turn && turn !== 'done' ? turn.player : null;
    }
    case 'dilemma-duel': {
      const turn = duelTurn(state);
      return turn && turn !== 'done' ? turn.player : null;
    }
    case 'rank': {
      const turn = rankTurn(state);
      return turn && turn !== 'done' ? turn.player : null;
    }
    default:
      return state.turn;
  }
}

/** The voters whose answers count now: the players on one screen, or the phones in a room. */
function countedVoters(state: SessionState): string[] {
  if (state.answerMode === 'hands') return [];
  if (state.answerMode === 'screen') return Array.from({ length: screenVoterCount(state) }, (_, i) => screenVoter(i));
  const voters = new Set<string>();
  if (state.format === 'weigh')
    for (const byVoter of Object.values(state.weigh.weights)) for (const v of Object.keys(byVoter)) voters.add(v);
  if (state.format === 'dilemma-duel') for (const v of Object.keys(state.duel.votes)) voters.add(v);
  if (state.format === 'rank') for (const v of Object.keys(state.rank.picks)) voters.add(v);
  return [...voters].filter(isRoomVoter);
}

/**
 * How many have answered the open question (never what): on one screen the players who weighed every
 * factor or chose a side, in a room the phones that answered.
 */
export function answeredCount(state: SessionState): number {
  const voters = countedVoters(state);
  if (state.format === 'dilemma-duel') return voters.filter((v) => state.duel.votes[v] !== undefined).length;
  if (state.format === 'rank') return voters.filter((v) => state.rank.picks[v] !== undefined).length;
  if (state.format === 'weigh') {
    const { placed, weights } = state.weigh;
    if (state.answerMode === 'room')
      return voters.filter((v) => placed.some((p) => weights[p.factorId]?.[v] !== undefined)).length;
    return placed.length === 0
      ? 0
      : voters.filter((v) => placed.every((p) => weights[p.factorId]?.[v] !== undefined)).length;
  }
  return 0;
}

/**
 * "x of y have answered" for the open question; null when it asks for no counted answer or the hands are
 * counted. In a room, y is the most phones seen for this question (a phone that drops out for a moment still
 * counts), and never less than those who answered.
 */
export function answerProgress(state: SessionState): { answered: number; expected: number } | null {
  if (!asksAnswer(state) || state.answerMode === 'hands') return null;
  const answered = answeredCount(state);
  const expected = state.answerMode === 'screen' ? screenVoterCount(state) : Math.max(state.presence.peak, answered);
  return { answered, expected };
}

/** Everyone who answers has answered the open question; in a room the results then reveal by themselves. */
export function everyoneAnswered(state: SessionState): boolean {
  const progress = answerProgress(state);
  if (progress === null) return false;
  // Until the relay has counted a phone, nobody is known to be waiting for.
  if (state.answerMode === 'room' && state.presence.peak === 0) return false;
  return progress.expected > 0 && progress.answered >= progress.expected;
}

/** Vertragen: the decision being slowed down, or null when none was typed. */
export function decisionOf(state: SessionState): string | null {
  if (state.format !== 'slow-down') return null;
  return state.slowDown.decision.trim() || null;
}

/**
 * Weeg opnieuw: the same question may be asked again once its answers are revealed (Weeg de factoren with
 * factors on the scale, a Dilemma-duel with its case), and only when there are answers to compare with.
 */
export function canAskAgain(state: SessionState): boolean {
  if (!state.revealed || state.phase === 'ended') return false;
  if (state.format === 'weigh')
    return state.weigh.placed.some((p) => Object.keys(state.weigh.weights[p.factorId] ?? {}).length > 0);
  if (state.format === 'dilemma-duel')
    return state.caseCardId !== null && (Object.keys(state.duel.votes).length > 0 || state.duel.tally !== null);
  return false;
}

/** The round of the open or last question: 1, or 2 and on after Weeg opnieuw. */
export const roundOf = (state: SessionState): number => (state.earlier?.round ?? 0) + 1;

/** Where a card chosen from the deck can go, as the one action each place takes. */
export type Placement = Extract<ActionBody, { type: 'playCard' | 'placeFactor' | 'attachFactor' }>;

/**
 * Where a card the facilitator picks can go in the session's format, the likeliest first: a factor on a
 * side of the scale (Weeg) or on the step being walked (Vertragen), a dilemma on the table as the case (Weeg, duel);
 * any card can be put on the table.
 */
export function placementsOf(state: SessionState, card: Pick<Card, 'id' | 'kind'>): Placement[] {
  const play: Placement = { type: 'playCard', cardId: card.id };
  if (state.format === 'weigh' && card.kind === 'factor')
    return [
      { type: 'placeFactor', factorId: card.id, side: 'a' },
      { type: 'placeFactor', factorId: card.id, side: 'b' },
      play,
    ];
  if ((state.format === 'weigh' || state.format === 'dilemma-duel') && card.kind === 'dilemma')
    return [{ type: 'playCard', cardId: card.id, asCase: true }, play];
  if (state.format === 'slow-down' && card.kind === 'factor')
    return [{ type: 'attachFactor', step: state.slowDown.step, factorId: card.id }, play];
  return [play];
}
