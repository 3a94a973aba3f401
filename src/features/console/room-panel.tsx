import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { startRoom } from '../../state/dispatch-session';
import { selectWallView } from '../../state/projection';
import { useAppStore } from '../../state/store';
import { relayBaseUrl } from '../../sync/relay-url';
import { joinUrlFor } from './join-url';
import type { RoomInfo } from './use-room-link';

/**
 * Start a room so participants join on their phones; shows how many are connected and how many answered
 * (never what). The session reveals by itself once every phone counted for the question has answered.
 */
export function RoomPanel({ info }: { info: RoomInfo | null }) {
  const { t } = useTranslation('console');
  const room = useAppStore((s) => s.room);
  const connected = useAppStore((s) => s.session!.presence.connected);
  const progress = useAppStore((s) => selectWallView(s)?.progress ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const relayBase = relayBaseUrl();
      const { mintRoom } = await import('../../sync/room-link');
      const minted = await mintRoom(relayBase);
      startRoom({ ...minted, relayBase }, joinUrlFor(minted.code, relayBase));
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
            {t('room.connected', { count: connected })}
            {progress && <> · {t('room.answered', { answered: progress.answered, expected: progress.expected })}</>}
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
