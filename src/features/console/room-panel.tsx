import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answeredCount } from '../../domain/session/session-results';
import { questionIdOf } from '../../domain/session/wall-view';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { relayBaseUrl } from '../../sync/relay-url';
import { joinUrlFor } from './join-url';
import type { RoomInfo } from './use-room-link';

/**
 * Start a room so participants join on their phones; shows how many are connected and how many answered
 * (never what), and reveals by itself once everyone has answered.
 */
export function RoomPanel({ info }: { info: RoomInfo | null }) {
  const { t } = useTranslation('console');
  const room = useAppStore((s) => s.room);
  const session = useAppStore((s) => s.session!);
  const { setRoom } = useAppStore.getState();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answered = answeredCount(session);
  const connected = info?.connected ?? 0;
  // Phones that drop out for a moment (a relay restart, a phone asleep) still count: the most seen for this
  // question must all have answered before the reveal happens by itself.
  const peak = useRef({ question: '', count: 0 });
  const question = questionIdOf(session);
  if (peak.current.question !== question) peak.current = { question, count: 0 };
  peak.current.count = Math.max(peak.current.count, connected);
  const expected = peak.current.count;
  const everyone = room !== null && expected > 0 && answered >= expected && session.format !== 'draw';

  useEffect(() => {
    if (everyone && !session.revealed) dispatch({ type: 'reveal' });
  }, [everyone, session.revealed]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const relayBase = relayBaseUrl();
      const { mintRoom } = await import('../../sync/room-link');
      const minted = await mintRoom(relayBase);
      setRoom({ ...minted, relayBase });
    } catch {
      setError(t('room.noRelay'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="room-title">
      <h2 id="room-title">{t('room.title')}</h2>
      {!room ? (
        <>
          <p className="hint">{t('room.intro')}</p>
          <button type="button" className="button" onClick={() => void start()} disabled={busy}>
            {t('room.start')}
          </button>
          {error && (
            <p role="alert" className="alert">
              {error}
            </p>
          )}
        </>
      ) : (
        <>
          <p role="status" className="room-status">
            {t(`room.status.${info?.status ?? 'connecting'}` as 'room.status.connecting')} ·{' '}
            {t('room.counts', { connected, answered })}
          </p>
          <p>
            {t('room.code')} <strong className="room-code">{room.code}</strong>
          </p>
          <p className="hint room-link">
            {t('room.link')} <a href={joinUrlFor(room.code, room.relayBase)}>{joinUrlFor(room.code, room.relayBase)}</a>
          </p>
          {info && info.notes.length > 0 && (
            <>
              <h3>{t('room.notes')}</h3>
              <ul>
                {info.notes.map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="button" onClick={() => info?.end()}>
            {t('room.end')}
          </button>
        </>
      )}
    </section>
  );
}
