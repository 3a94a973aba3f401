import { useEffect, useRef, useState } from 'react';

import { openQuestion } from '../../domain/session/play-rules';
import { answerActions, notesOf } from '../../domain/session/room-answers';
import { dispatchSession as dispatch, endRoom } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import type { Publisher } from '../../sync/publisher';
import type { FacilitatorRoom } from '../../sync/facilitator-room';
import type { RoomLinkStatus } from '../../sync/room-status';

export interface RoomInfo {
  status: RoomLinkStatus;
  /** Anonymous notes participants sent for the open question. */
  notes: string[];
  /** Closes the room for everyone: participants see that it ended, the relay forgets it. */
  end: () => void;
}

/**
 * While the session has a room: follows the console's publisher into it, takes participants' answers and
 * the relay's count of phones in as session actions, and reports the room's state. The room's client code
 * loads only now, so play without a room never pays for it.
 */
export function useRoomLink(publisher: Publisher): RoomInfo | null {
  const room = useAppStore((s) => s.room);
  const [info, setInfo] = useState<Omit<RoomInfo, 'end'> | null>(null);
  const linkRef = useRef<FacilitatorRoom | null>(null);
  useEffect(() => {
    if (!room) return;
    let link: FacilitatorRoom | null = null;
    let cancelled = false;
    const offs: (() => void)[] = [];
    void import('../../sync/room-link').then(({ openFacilitatorRoom }) => {
      if (cancelled) return;
      const opened = openFacilitatorRoom(room.relayBase, { code: room.code, secret: room.secret });
      link = opened;
      linkRef.current = opened;
      offs.push(
        opened.onStatus((status) => setInfo((i) => ({ ...(i ?? { notes: [] }), status }))),
        opened.onConnected((connected) => void dispatch({ type: 'roomPresence', connected })),
        opened.onAnswers((records) => {
          const { session, setRoomNotes } = useAppStore.getState();
          if (session) for (const action of answerActions(session, records)) dispatch(action);
          setRoomNotes(notesOf(records));
          const open = useAppStore.getState().session;
          const notes = notesOf(records, open ? (openQuestion(open)?.id ?? null) : null);
          setInfo((i) => (i ? { ...i, notes } : i));
        }),
        publisher.follow({ send: (view) => opened.publish(view) }),
      );
    });
    return () => {
      cancelled = true;
      offs.forEach((off) => off());
      // A room that was ended closes its own sockets a moment later; any other is closed now.
      if (linkRef.current === link) link?.destroy();
      linkRef.current = null;
      setInfo(null);
    };
  }, [room, publisher]);
  if (!room) return null;
  return {
    ...(info ?? { status: 'connecting', notes: [] }),
    end: () => {
      const link = linkRef.current;
      linkRef.current = null;
      link?.end();
      endRoom();
    },
  };
}
