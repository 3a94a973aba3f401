import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { normaliseRoomCode } from '../../domain/room-code';
import type { WallView } from '../../domain/session/wall-view';
import { savedStateRead, useAppStore } from '../../state/store';
import { relayBaseUrl } from '../../sync/relay-url';
import type { ParticipantRoom } from '../../sync/participant-room';
import type { RoomLinkStatus } from '../../sync/room-status';
import { CardBack } from '../../ui/card-back';
import { CardFace } from '../../ui/card-face';
import { scrollToTop } from '../../ui/scroll-into-view';
import { myAnswerKey } from '../../state/participant-slice';
import { AnswerForm } from './answer-form';
import { JoinForm } from './join-form';
import { PhoneRankResults } from './phone-rank-results';
import { PhoneResults } from './phone-results';
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
  // Once revealed the view names no question any more: the last one asked is the one the results are of.
  const [asked, setAsked] = useState<string | null>(null);
  if (view?.questionId && view.questionId !== asked) setAsked(view.questionId);
  const mine = useAppStore((s) => (code && asked ? s.myAnswers[myAnswerKey(code, asked)] : undefined));
  // The phone speaks the session's language, unless its user chose one on the phone.
  const sessionLanguage = view?.language ?? null;
  useEffect(() => {
    if (sessionLanguage) useAppStore.getState().followLanguage(sessionLanguage);
  }, [sessionLanguage]);

  useEffect(() => {
    if (!code) return;
    let link: ParticipantRoom | null = null;
    let cancelled = false;
    void Promise.all([import('../../sync/room-link'), savedStateRead]).then(([{ joinRoom }]) => {
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

  const results = view?.revealed ? view.results : null;
  const revealedResults = results?.kind === 'weigh' || results?.kind === 'duel' || results?.kind === 'rank';
  useResultsInView(revealedResults ? asked : null);

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

  const asking =
    view?.question?.kind === 'weights' || view?.question?.kind === 'side' || view?.question?.kind === 'ranking';
  return (
    <main id="main" className="participant">
      <h1 className="visually-hidden">{t('title', { code })}</h1>
      {/* Results that appear are said aloud, with this phone's own answer. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {revealedResults ? `${t('results.announce')} ${mine ? t('results.announceMine') : ''}` : ''}
      </p>
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
          {revealedResults && (
            <section className="panel phone-results-panel" aria-labelledby="results-title">
              <h2 id="results-title">{t('results.title')}</h2>
              {results.kind === 'rank' ? (
                <PhoneRankResults results={results} mine={mine} language={language} />
              ) : (
                <PhoneResults results={results} mine={mine} language={language} />
              )}
            </section>
          )}
          {view.mode === 'blank' ? (
            <p className="participant__waiting">{t('blank')}</p>
          ) : (
            <CardOnTable view={view} asking={asking} />
          )}
          {room && view.question && view.questionId && (
            <AnswerForm key={view.questionId} room={room} roomCode={code} view={view} />
          )}
        </>
      )}
    </main>
  );
}

/**
 * The card on the table, above the answer: folded away while a weight or a side is asked, so the answer is
 * the first thing on the screen; open when there is only the card to read.
 */
function CardOnTable({ view, asking }: { view: WallView; asking: boolean }) {
  const { t } = useTranslation(['participant', 'common']);
  const language = useAppStore((s) => s.language);
  const shown = view.caseCard ?? view.card;
  if (!shown) return null;
  const face = (card: NonNullable<WallView['card']>) =>
    card === view.card && !view.faceUp ? <CardBack kind={card.kind} /> : <CardFace card={card} language={language} />;
  return (
    <details className="participant__case" open={!asking}>
      <summary>
        {t('onTable')} <strong>{view.faceUp || shown !== view.card ? shown.title[language] : t('faceDown')}</strong>
      </summary>
      {view.caseCard && face(view.caseCard)}
      {view.card && view.card !== view.caseCard && face(view.card)}
    </details>
  );
}

/**
 * Puts the results of question `shown` at the top of the screen once they arrive: the phone was scrolled down to its
 * answer's button, and the form they replace leaves the page shorter, so they would come in above the screen.
 */
function useResultsInView(shown: string | null) {
  useEffect(() => {
    const section = shown === null ? null : document.getElementById('results-title')?.closest('section');
    if (section) scrollToTop(section);
  }, [shown]);
}
