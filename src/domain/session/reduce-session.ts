import { createDealFromIds, currentCardId, discardCard, drawCard, goBack, playCard, type Deal } from '../deal';
import { canAskAgain, canUseAnswerMode, everyoneAnswered, openQuestion, screenVoterCount } from './play-rules';
import { createRankState, pickProblem } from './rank-rules';
import { sessionActionSchema, type ActionBody } from './session-actions';
import type { SessionState, WallFrame } from './session-state';

/**
 * The one way a session changes. Pure: the same state and action give the same result everywhere.
 * An action of another session, out of sequence, malformed or meaningless leaves the state as it was
 * (the same object), so callers can tell by identity whether it applied. Never throws.
 */
export function reduceSession(state: SessionState, action: unknown): SessionState {
  const parsed = sessionActionSchema.safeParse(action);
  if (!parsed.success) return state;
  const { sessionId, seq } = parsed.data;
  if (sessionId !== state.sessionId || seq !== state.seq + 1) return state;
  const next = apply(state, parsed.data);
  return next === state ? state : { ...settle(state, next), seq };
}

/**
 * The rules that follow from any change: a new open question counts the phones anew, and in a room the
 * results reveal by themselves once every phone counted for the question has answered.
 */
function settle(previous: SessionState, next: SessionState): SessionState {
  let state = next;
  const { connected, peak } = state.presence;
  if (openQuestion(previous)?.id !== openQuestion(state)?.id && peak !== connected)
    state = { ...state, presence: { connected, peak: connected } };
  if (state.answerMode === 'room' && everyoneAnswered(state)) state = { ...state, revealed: true, phase: 'discuss' };
  return state;
}

export function wallFrame(state: SessionState): WallFrame {
  return {
    cardId: state.deal ? currentCardId(state.deal) : null,
    faceUp: state.faceUp,
    phase: state.phase,
    revealed: state.revealed,
  };
}

/** What the wall shows now: the held frame while held, else the live one. */
export function visibleFrame(state: SessionState): WallFrame {
  return state.wall === 'hold' && state.held ? state.held : wallFrame(state);
}

const voterCount = screenVoterCount;

function withDeal(state: SessionState, deal: Deal): SessionState {
  if (deal === state.deal) return state;
  const id = currentCardId(deal);
  const played = id !== null && !state.played.includes(id) ? [...state.played, id] : state.played;
  const phase = state.phase === 'intro' && id !== null ? 'play' : state.phase;
  return { ...state, deal, played, phase, faceUp: true };
}

/** The next questioner from `from` on, never the case owner while there is anyone else to ask. */
function questionerFrom(from: number, count: number, caseOwner: number | null): number {
  const questioner = from % count;
  return count > 1 && questioner === caseOwner ? (questioner + 1) % count : questioner;
}

function rotate(state: SessionState): SessionState {
  const count = voterCount(state);
  const turn = (state.turn + 1) % count;
  const questioner = questionerFrom(state.intervision.questioner + 1, count, state.intervision.caseOwner);
  return { ...state, turn, intervision: { ...state.intervision, questioner } };
}

/** A voter's Rangorde pick, kept only when it can be counted (see `pickProblem`). */
function withPick(state: SessionState, voter: string, pick: readonly string[]): SessionState {
  if (pickProblem(pick, state.rank) !== null) return state;
  const before = state.rank.picks[voter];
  if (before && before.length === pick.length && before.every((id, i) => pick[i] === id)) return state;
  return { ...state, rank: { ...state.rank, picks: { ...state.rank.picks, [voter]: [...pick] } } };
}

/** New Rangorde settings are a new question: the picks so far no longer fit, the phones answer anew. */
function newRankQuestion(state: SessionState, rank: SessionState['rank']): SessionState {
  return {
    ...state,
    rank,
    revealed: false,
    answerRound: state.answerRound + 1,
    phase: state.phase === 'discuss' ? 'play' : state.phase,
  };
}

function apply(state: SessionState, action: ActionBody): SessionState {
  switch (action.type) {
    case 'chooseFormat':
      return {
        ...state,
        format: action.format,
        phase: 'intro',
        revealed: false,
        caseCardId: null,
        weigh: { placed: [], weights: {} },
        duel: { votes: {}, tally: null },
        slowDown: { decision: '', step: 0, attached: {} },
        intervision: { caseOwner: null, questioner: 0 },
        rank: createRankState(),
        earlier: null,
        answerMode: state.room ? 'room' : 'screen',
      };
    case 'setPlayers': {
      const players = action.players.map((name) => name.trim());
      const count = Math.max(1, players.length);
      const owner = state.intervision.caseOwner;
      const caseOwner = owner !== null && owner < players.length ? owner : null;
      return {
        ...state,
        players,
        turn: state.turn % count,
        intervision: { caseOwner, questioner: questionerFrom(state.intervision.questioner, count, caseOwner) },
      };
    }
    case 'playCard': {
      const played = withDeal(
        state,
        playCard(state.deal ?? createDealFromIds([], `play-${action.cardId}`, state.filter), action.cardId),
      );
      return action.asCase ? apply(played, { type: 'setCase', cardId: action.cardId }) : played;
    }
    case 'shuffle': {
      const deal = createDealFromIds(action.pool, action.seed, action.filter);
      return withDeal({ ...state, filter: action.filter }, action.draw ? drawCard(deal) : deal);
    }
    case 'deal':
      return state.deal ? withDeal(state, drawCard(state.deal)) : state;
    case 'next': {
      if (!state.deal) return state;
      const moved = withDeal(state, drawCard(state.deal));
      return moved === state ? state : rotate(moved);
    }
    case 'back':
      return state.deal ? withDeal(state, goBack(state.deal)) : state;
    case 'discard':
      return state.deal ? withDeal(state, discardCard(state.deal)) : state;
    case 'flip':
      return state.deal && currentCardId(state.deal) !== null ? { ...state, faceUp: !state.faceUp } : state;
    case 'setPhase': {
      // A case named with the phase (the loop that closes an intervision round) is put on the table too.
      const withCase =
        action.caseCardId === undefined
          ? state
          : apply(state, { type: 'playCard', cardId: action.caseCardId, asCase: true });
      return action.phase === withCase.phase ? withCase : { ...withCase, phase: action.phase };
    }
    case 'setWall':
      if (action.mode === state.wall) return state;
      return { ...state, wall: action.mode, held: action.mode === 'hold' ? wallFrame(state) : null };
    case 'timerStart':
      return state.timer.startedAt !== null ? state : { ...state, timer: { ...state.timer, startedAt: action.at } };
    case 'timerPause': {
      const { startedAt, elapsedMs } = state.timer;
      if (startedAt === null) return state;
      return {
        ...state,
        timer: { ...state.timer, startedAt: null, elapsedMs: elapsedMs + Math.max(0, action.at - startedAt) },
      };
    }
    case 'timerReset':
      return { ...state, timer: { durationMs: action.durationMs, startedAt: null, elapsedMs: 0 } };
    case 'nextTurn':
      return rotate(state);
    case 'setCase':
      if (action.cardId === state.caseCardId) return state;
      // The first case joins what is already on the scale; a case that replaces another is a new question,
      // and what was weighed or chosen for the last one does not carry over.
      if (state.caseCardId === null) return { ...state, caseCardId: action.cardId };
      return {
        ...state,
        caseCardId: action.cardId,
        revealed: false,
        phase: state.phase === 'discuss' ? 'play' : state.phase,
        weigh: { placed: [], weights: {} },
        duel: { votes: {}, tally: null },
        earlier: null,
      };
    case 'placeFactor': {
      const placed = state.weigh.placed.filter((p) => p.factorId !== action.factorId);
      if (placed.length >= 30 && placed.length === state.weigh.placed.length) return state;
      placed.push({ factorId: action.factorId, side: action.side });
      return { ...state, weigh: { ...state.weigh, placed } };
    }
    case 'removeFactor': {
      if (!state.weigh.placed.some((p) => p.factorId === action.factorId)) return state;
      const weights = { ...state.weigh.weights };
      delete weights[action.factorId];
      return {
        ...state,
        weigh: { placed: state.weigh.placed.filter((p) => p.factorId !== action.factorId), weights },
      };
    }
    case 'recordWeight': {
      // On one screen only: in a room the phones answer, and a key pressed on the console is not an answer.
      if (state.answerMode !== 'screen' || state.revealed) return state;
      if (!state.weigh.placed.some((p) => p.factorId === action.factorId)) return state;
      if (state.weigh.weights[action.factorId]?.[action.voter] === action.weight) return state;
      const forFactor = { ...state.weigh.weights[action.factorId], [action.voter]: action.weight };
      return { ...state, weigh: { ...state.weigh, weights: { ...state.weigh.weights, [action.factorId]: forFactor } } };
    }
    case 'recordVote':
      if (state.answerMode !== 'screen' || state.revealed || state.duel.votes[action.voter] === action.side)
        return state;
      return { ...state, duel: { ...state.duel, votes: { ...state.duel.votes, [action.voter]: action.side } } };
    case 'recordTally':
      // A count of hands is its own way of answering; in a room the phones answer instead.
      if (state.answerMode === 'room') return state;
      return { ...state, answerMode: 'hands', duel: { ...state.duel, tally: { a: action.a, b: action.b } } };
    case 'recordAnswer': {
      const open = openQuestion(state);
      if (state.answerMode !== 'room' || open?.id !== action.questionId) return state;
      const { voter, answer } = action;
      if (answer.kind === 'ranking') {
        if (open.kind !== 'ranking') return state;
        return withPick(state, voter, answer.order);
      }
      if (answer.kind === 'side') {
        if (open.kind !== 'side' || state.duel.votes[voter] === answer.side) return state;
        return { ...state, duel: { ...state.duel, votes: { ...state.duel.votes, [voter]: answer.side } } };
      }
      if (open.kind !== 'weights') return state;
      let weights = state.weigh.weights;
      for (const { factorId } of state.weigh.placed) {
        const weight = answer.weights[factorId];
        if (weight === undefined || weights[factorId]?.[voter] === weight) continue;
        weights = { ...weights, [factorId]: { ...weights[factorId], [voter]: weight } };
      }
      return weights === state.weigh.weights ? state : { ...state, weigh: { ...state.weigh, weights } };
    }
    case 'setAnswerMode':
      if (action.mode === state.answerMode || !canUseAnswerMode(state, action.mode)) return state;
      return {
        ...state,
        answerMode: action.mode,
        weigh: { ...state.weigh, weights: {} },
        duel: { votes: {}, tally: null },
        rank: { ...state.rank, picks: {} },
      };
    case 'openRoom':
      if (state.room?.code === action.code && state.room.joinUrl === action.joinUrl) return state;
      return {
        ...state,
        room: { code: action.code, joinUrl: action.joinUrl },
        answerMode: 'room',
        presence: { connected: 0, peak: 0 },
        ...(state.answerMode === 'room'
          ? {}
          : {
              weigh: { ...state.weigh, weights: {} },
              duel: { votes: {}, tally: null },
              rank: { ...state.rank, picks: {} },
            }),
      };
    case 'closeRoom':
      if (!state.room) return state;
      return {
        ...state,
        room: null,
        answerMode: state.answerMode === 'room' ? 'screen' : state.answerMode,
        presence: { connected: 0, peak: 0 },
      };
    case 'roomPresence': {
      const { connected, peak } = state.presence;
      if (!state.room || action.connected === connected) return state;
      return { ...state, presence: { connected: action.connected, peak: Math.max(peak, action.connected) } };
    }
    case 'clearAnswers':
      return {
        ...state,
        revealed: false,
        answerRound: state.answerRound + 1,
        phase: state.phase === 'discuss' ? 'play' : state.phase,
        weigh: { ...state.weigh, weights: {} },
        duel: { votes: {}, tally: null },
        rank: { ...state.rank, picks: {} },
      };
    case 'setRankSize': {
      const { shortlist } = state.rank;
      if (action.size === state.rank.size || (shortlist.length > 0 && shortlist.length < action.size)) return state;
      return newRankQuestion(state, { size: action.size, shortlist, picks: {} });
    }
    case 'setRankShortlist': {
      const shortlist = [...new Set(action.factorIds)];
      const same =
        shortlist.length === state.rank.shortlist.length && shortlist.every((id, i) => state.rank.shortlist[i] === id);
      if (same || (shortlist.length > 0 && shortlist.length < state.rank.size)) return state;
      return newRankQuestion(state, { size: state.rank.size, shortlist, picks: {} });
    }
    case 'recordRank':
      // On one screen only, as the other answers: in a room the phones pick.
      if (state.answerMode !== 'screen' || openQuestion(state)?.kind !== 'ranking') return state;
      return withPick(state, action.voter, action.factorIds);
    case 'askAgain':
      if (!canAskAgain(state)) return state;
      return {
        ...state,
        earlier: { round: (state.earlier?.round ?? 0) + 1, weights: state.weigh.weights, duel: state.duel },
        revealed: false,
        answerRound: state.answerRound + 1,
        phase: 'play',
        weigh: { ...state.weigh, weights: {} },
        duel: { votes: {}, tally: null },
      };
    case 'setDecision':
      return { ...state, slowDown: { ...state.slowDown, decision: action.text } };
    case 'setStep': {
      const withCase =
        action.caseCardId === undefined ? state : apply(state, { type: 'setCase', cardId: action.caseCardId });
      return { ...withCase, slowDown: { ...withCase.slowDown, step: action.step } };
    }
    case 'attachFactor': {
      const key = String(action.step);
      const list = state.slowDown.attached[key] ?? [];
      if (list.includes(action.factorId) || list.length >= 30) return state;
      return {
        ...state,
        slowDown: { ...state.slowDown, attached: { ...state.slowDown.attached, [key]: [...list, action.factorId] } },
      };
    }
    case 'detachFactor': {
      const key = String(action.step);
      const list = state.slowDown.attached[key] ?? [];
      if (!list.includes(action.factorId)) return state;
      return {
        ...state,
        slowDown: {
          ...state.slowDown,
          attached: { ...state.slowDown.attached, [key]: list.filter((id) => id !== action.factorId) },
        },
      };
    }
    case 'setCaseOwner': {
      if (action.player !== null && action.player >= state.players.length) return state;
      const count = voterCount(state);
      const questioner = action.player === null ? state.intervision.questioner : (action.player + 1) % count;
      return { ...state, intervision: { caseOwner: action.player, questioner } };
    }
    case 'reveal':
      return state.revealed ? state : { ...state, revealed: true, phase: 'discuss' };
    case 'hide':
      return state.revealed ? { ...state, revealed: false } : state;
    case 'end':
      return state.phase === 'ended' ? state : { ...state, phase: 'ended', wall: 'live', held: null };
  }
}
