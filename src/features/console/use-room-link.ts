import { useEffect, useRef, useState } from 'react';

import type { AnswerRecord } from '../../domain/room-protocol';
import { questionIdOf } from '../../domain/session/wall-view';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore, type AppState } from '../../state/store';
import type { FacilitatorRoom } from '../../sync/facilitator-room';
import type { RoomLinkStatus } from '../../sync/room-status';
import { currentWallView } from './use-wall-link';

export interface RoomInfo {
  status: RoomLinkStatus;
  connected: number;
  /** Anonymous notes participants sent for the open question. */
  notes: string[];
  /** Closes the room for everyone: participants see that it ended, the relay forgets it. */
  end: () => void;
}

/** Turns participants' answers into session actions, so results come from one state everywhere. */
function applyAnswers(records: AnswerRecord[]) {
  const { session } = useAppStore.getState();
  if (!session) return;
  const open = questionIdOf(session);
  for (const record of records) {
    if (record.questionId !== open) continue;
    const voter = `r-${record.participantId}`;
    if (record.answer.kind === 'weights')
      for (const [factorId, weight] of Object.entries(record.answer.weights))
        dispatch({ type: 'recordWeight', voter, factorId, weight });
    if (record.answer.kind === 'side') dispatch({ type: 'recordVote', voter, side: record.answer.side });
  }
}

/**
 * While the session has a room: publishes the wall view to it, takes participants' answers in, and reports
 * the room's state. The room's client code loads only now, so play without a room never pays for it.
 */
export function useRoomLink(): RoomInfo | null {
  const room = useAppStore((s) => s.room);
  const [info, setInfo] = useState<Omit<RoomInfo, 'end'> | null>(null);
  const linkRef = useRef<FacilitatorRoom | null>(null);
  useEffect(() => {
    if (!room) return;
    let link: FacilitatorRoom | null = null;
    let cancelled = false;
    const offs: (() => void)[] = [];
    const publish = (state: AppState) => {
      const view = currentWallView(state);
      if (view && link) link.publish(view);
    };
    void import('../../sync/room-link').then(({ openFacilitatorRoom }) => {
      if (cancelled) return;
      link = openFacilitatorRoom(room.relayBase, { code: room.code, secret: room.secret });
      linkRef.current = link;
      offs.push(
        link.onStatus((status) => setInfo((i) => ({ ...(i ?? { connected: 0, notes: [] }), status }))),
        link.onConnected((connected) => setInfo((i) => (i ? { ...i, connected } : i))),
        link.onAnswers((records) => {
          applyAnswers(records);
          // Notes belong to whatever question is open on the wall, also a card without weights or sides.
          const open = currentWallView(useAppStore.getState())?.questionId ?? null;
          const allNotes = records.filter((r) => r.answer.kind === 'note').sort((a, b) => a.at - b.at);
          useAppStore.getState().setRoomNotes(allNotes.map((r) => (r.answer.kind === 'note' ? r.answer.text : '')));
          const notes = allNotes.filter((r) => r.questionId === open);
          setInfo((i) => (i ? { ...i, notes: notes.map((r) => (r.answer.kind === 'note' ? r.answer.text : '')) } : i));
        }),
        useAppStore.subscribe((state, previous) => {
          if (
            state.session !== previous.session ||
            state.room !== previous.room ||
            state.language !== previous.language
          )
            publish(state);
        }),
      );
      publish(useAppStore.getState());
    });
    return () => {
      cancelled = true;
      offs.forEach((off) => off());
      // A room that was ended closes its own sockets a moment later; any other is closed now.
      if (linkRef.current === link) link?.destroy();
      linkRef.current = null;
      setInfo(null);
    };
  }, [room]);
  if (!room) return null;
  return {
    ...(info ?? { status: 'connecting', connected: 0, notes: [] }),
    end: () => {
      const link = linkRef.current;
      linkRef.current = null;
      link?.end();
      useAppStore.getState().setRoom(null);
    },
  };
}
