import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { normaliseRoomCode } from '../../domain/room-code';
import type { WallView } from '../../domain/session/wall-view';
import { useAppStore } from '../../state/store';
import { relayBaseUrl } from '../../sync/relay-url';
import type { ParticipantRoom } from '../../sync/participant-room';
import type { RoomLinkStatus } from '../../sync/room-status';
import { CardBack } from '../../ui/card-back';
import { CardFace } from '../../ui/card-face';
import { DuelPicture } from '../../ui/duel-picture';
import { WeighPicture } from '../../ui/weigh-picture';
import { AnswerForm } from './answer-form';
import { JoinForm } from './join-form';
import './participant.css';

const REFUSED: RoomLinkStatus[] = [
  'room-not-found',
  'room-ended',
  'room-full',
  'invalid-document',
  'forbidden',
  'busy',
];

/** A participant on a phone: joins by code, sees the card, answers, sees the results once revealed. */
export function ParticipantView({ code: typed }: { code: string | null }) {
  const { t } = useTranslation(['participant', 'common']);
  const code = typed ? normaliseRoomCode(typed) : null;
  const language = useAppStore((s) => s.language);
  const [status, setStatus] = useState<RoomLinkStatus>('connecting');
  const [view, setView] = useState<WallView | null>(null);
  const [room, setRoom] = useState<ParticipantRoom | null>(null);

  useEffect(() => {
    if (!code) return;
    let link: ParticipantRoom | null = null;
    let cancelled = false;
    void import('../../sync/room-link').then(({ joinRoom }) => {
      if (cancelled) return;
      link = joinRoom(relayBaseUrl(), code, useAppStore.getState().ensureParticipantKey());
      link.onStatus(setStatus);
      link.onView(setView);
      setRoom(link);
    });
    return () => {
      cancelled = true;
      link?.destroy();
      setRoom(null);
      setStatus('connecting');
      setView(null);
    };
  }, [code]);

  if (!code)
    return (
      <main id="main" className="participant">
        <JoinForm problem={typed ? t('join.invalid') : undefined} />
      </main>
    );
  if (REFUSED.includes(status) && status !== 'room-ended')
    return (
      <main id="main" className="participant">
        <JoinForm problem={t(`status.${status}` as 'status.connecting', { code })} />
      </main>
    );

  return (
    <main id="main" className="participant">
      <h1 className="visually-hidden">{t('title', { code })}</h1>
      <p className={`connection connection--${status}`} role="status">
        <span className="connection__code">{t('room', { code })}</span> ·{' '}
        {t(`status.${status}` as 'status.connecting', { code })}
      </p>
      {status === 'room-ended' || status === 'ended' ? (
        <p className="participant__ended">{t('ended')}</p>
      ) : !view ? (
        <p className="participant__waiting">{t('waiting')}</p>
      ) : (
        <>
          <p className="participant__phase">
            {t(`common:format.${view.format}`)}
            {view.turn && ` · ${t('turn', { name: view.turn.name || t('player', { number: view.turn.index + 1 }) })}`}
          </p>
          {view.mode === 'blank' ? (
            <p className="participant__waiting">{t('blank')}</p>
          ) : (
            <>
              {view.caseCard && (
                <details className="participant__case">
                  <summary>
                    {t('onTable')} {view.caseCard.title[language]}
                  </summary>
                  <CardFace card={view.caseCard} language={language} />
                </details>
              )}
              {view.card &&
                (view.faceUp ? <CardFace card={view.card} language={language} /> : <CardBack kind={view.card.kind} />)}
            </>
          )}
          {room && view.question && view.questionId && (
            <AnswerForm key={view.questionId} room={room} roomCode={code} view={view} />
          )}
          {view.revealed && view.results?.kind === 'weigh' && (
            <WeighPicture results={view.results} language={language} />
          )}
          {view.revealed && view.results?.kind === 'duel' && <DuelPicture results={view.results} language={language} />}
        </>
      )}
    </main>
  );
}
