import type { DealFilter, Deal } from '../deal';
import { ANY_CARD } from '../deal';
import type { Format } from '../deck-constants';
import { createRankState, type RankState } from './rank-rules';

export type Side = 'a' | 'b';
export type Phase = 'intro' | 'play' | 'discuss' | 'closing' | 'ended';
export const PHASES: readonly Phase[] = ['intro', 'play', 'discuss', 'closing', 'ended'];

/** What the wall (projector) does: follow the session, go black, or keep showing what it showed. */
export type WallMode = 'live' | 'blank' | 'hold';

export interface Timer {
  durationMs: number;
  /** Epoch milliseconds when it was last started; null while paused. */
  startedAt: number | null;
  /** Time run before the last start. */
  elapsedMs: number;
}

/** The part of the session the wall shows, kept when the facilitator holds the wall. */
export interface WallFrame {
  cardId: string | null;
  faceUp: boolean;
  phase: Phase;
  revealed: boolean;
}

export interface WeighState {
  /** Factor cards on the scale, each on one side. */
  placed: { factorId: string; side: Side }[];
  /** factorId -> voter -> weight 1..5 */
  weights: Record<string, Record<string, number>>;
}

export interface DuelState {
  /** voter -> side, hidden until revealed. */
  votes: Record<string, Side>;
  /** A split the facilitator counted by hand (hands up), instead of votes. */
  tally: { a: number; b: number } | null;
}

export interface SlowDownState {
  /** The decision being slowed down, in a few words (facilitator's console only shows it if typed). */
  decision: string;
  step: number;
  /** step (0..5 as a string) -> factor card ids that played a role at that step */
  attached: Record<string, string[]>;
}

/**
 * Weeg opnieuw: the answers of the round before, kept when the facilitator asks the same question again
 * after the talk, so that the wall can show how the weighing moved.
 */
export interface EarlierRound {
  /** The number of that round: 1 for the first; the round being answered now is one more. */
  round: number;
  weights: WeighState['weights'];
  duel: DuelState;
}

/**
 * How the open question is answered, one way at a time: on this screen in turn, by a count of hands the
 * facilitator enters, or on phones in a room.
 */
export type AnswerMode = 'screen' | 'hands' | 'room';
export const ANSWER_MODES: readonly AnswerMode[] = ['screen', 'hands', 'room'];

/** The room the session runs in, as everyone may see it (never the facilitator's secret). */
export interface SessionRoom {
  code: string;
  joinUrl: string;
}

export interface Presence {
  /** Phones connected to the room now. */
  connected: number;
  /** The most phones connected while the open question was open: all of them answer before the auto-reveal. */
  peak: number;
}

export interface IntervisionState {
  /** Index in players of the case owner. */
  caseOwner: number | null;
  /** Index in players of who asks the next question. */
  questioner: number;
}

/**
 * One session, as plain JSON. Changed only by `reduceSession`; every view renders from it.
 */
export interface SessionState {
  sessionId: string;
  /** Sequence number of the last action applied. */
  seq: number;
  format: Format;
  phase: Phase;
  filter: DealFilter;
  deal: Deal | null;
  faceUp: boolean;
  wall: WallMode;
  held: WallFrame | null;
  /** Optional names; empty means one group without names. */
  players: string[];
  turn: number;
  timer: Timer;
  revealed: boolean;
  /** The case or dilemma on the table (Weeg de factoren, Dilemma-duel, Intervisie-ronde). */
  caseCardId: string | null;
  /** Counts rounds of answers; a new round (clearAnswers) asks the question anew. */
  answerRound: number;
  /** Weeg opnieuw: the round before this one of the same question, or null in a first round. */
  earlier: EarlierRound | null;
  /** Every card that was on the table, in order, once each. */
  played: string[];
  weigh: WeighState;
  duel: DuelState;
  slowDown: SlowDownState;
  intervision: IntervisionState;
  /** Rangorde: how many factors each player picks, the shortlist, and the picks. */
  rank: RankState;
  answerMode: AnswerMode;
  room: SessionRoom | null;
  presence: Presence;
}

export const DEFAULT_TIMER_MS = 5 * 60 * 1000;

export function createSession(sessionId: string, format: Format = 'draw'): SessionState {
  return {
    sessionId,
    seq: 0,
    format,
    phase: 'intro',
    filter: ANY_CARD,
    deal: null,
    faceUp: true,
    wall: 'live',
    held: null,
    players: [],
    turn: 0,
    timer: { durationMs: DEFAULT_TIMER_MS, startedAt: null, elapsedMs: 0 },
    revealed: false,
    caseCardId: null,
    answerRound: 0,
    earlier: null,
    played: [],
    weigh: { placed: [], weights: {} },
    duel: { votes: {}, tally: null },
    slowDown: { decision: '', step: 0, attached: {} },
    intervision: { caseOwner: null, questioner: 0 },
    rank: createRankState(),
    answerMode: 'screen',
    room: null,
    presence: { connected: 0, peak: 0 },
  };
}

export function timerRemainingMs(timer: Timer, now: number): number {
  const run = timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
  return Math.max(0, timer.durationMs - run);
}
