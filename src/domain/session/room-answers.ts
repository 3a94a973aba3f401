import type { AnswerRecord } from '../room-protocol';
import { openQuestion, roomVoter } from './play-rules';
import type { ActionBody } from './session-actions';
import type { SessionState } from './session-state';

/**
 * The actions that put phones' answers into the session: one per answer to the open question (the reducer
 * leaves an answer it already has as it is, and refuses one to a question that is no longer open).
 */
export function answerActions(state: SessionState, records: readonly AnswerRecord[]): ActionBody[] {
  const open = openQuestion(state);
  if (!open || open.kind === 'note') return [];
  const actions: ActionBody[] = [];
  for (const record of records) {
    if (record.questionId !== open.id) continue;
    const voter = roomVoter(record.participantId);
    const { answer } = record;
    if (answer.kind === 'weights' && open.kind === 'weights')
      actions.push({ type: 'recordAnswer', questionId: open.id, voter, answer });
    if (answer.kind === 'ranking' && open.kind === 'ranking')
      actions.push({ type: 'recordAnswer', questionId: open.id, voter, answer });
    if (answer.kind === 'side' && open.kind === 'side')
      actions.push({ type: 'recordAnswer', questionId: open.id, voter, answer });
  }
  return actions;
}

/** Participants' anonymous notes, oldest first: all of them, or those on one question. */
export function notesOf(records: readonly AnswerRecord[], questionId?: string | null): string[] {
  return records
    .filter((r) => r.answer.kind === 'note' && (questionId === undefined || r.questionId === questionId))
    .sort((a, b) => a.at - b.at)
    .map((r) => (r.answer.kind === 'note' ? r.answer.text : ''));
}
