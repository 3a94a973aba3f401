import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { WallView } from '../../domain/session/wall-view';
import { DuelPicture } from '../../ui/duel-picture';
import { FlipCard } from '../../ui/flip-card';
import { QrCode } from '../../ui/qr-code';
import { SessionTimer } from '../../ui/session-timer';
import { StepsPicture } from '../../ui/steps-picture';
import { WeighPicture } from '../../ui/weigh-picture';
import { FitBox } from './fit-box';

interface LiveWallProps {
  view: WallView;
  language: Language;
}

/**
 * A session on the wall: format, phase, turn, step and timer in one line at the top; below it the card
 * large (with the case beside it), or once revealed the results as a picture; the steps of Vertragen and
 * the room's QR code at the side.
 */
export function LiveWall({ view, language }: LiveWallProps) {
  const { t } = useTranslation(['projector', 'common']);
  const { card, caseCard, results, timer, turn, step, room } = view;
  const showTimer = timer.durationMs > 0 && (timer.startedAt !== null || timer.elapsedMs > 0);
  const picture = view.revealed && (results?.kind === 'weigh' || results?.kind === 'duel') ? results : null;
  const steps = results?.kind === 'steps' ? results.steps : null;
  const onTable = caseCard ?? (card && view.faceUp ? card : null);
  const resultsTitle = useId();

  return (
    <>
      <header className="projector__bar">
        <h1 className="projector__where">
          {t(`common:format.${view.format}`)} <span className="projector__phase">· {t(`phase.${view.phase}`)}</span>
        </h1>
        {step !== null && (
          <p className="projector__step">
            {t('step', { step, name: t(`common:stepNames.${step}` as 'common:stepNames.0') })}
          </p>
        )}
        {turn && (
          <p className="projector__turn">{t('turn', { name: turn.name || t('player', { number: turn.index + 1 }) })}</p>
        )}
        {view.caseOwner && (
          <p className="projector__case-owner">
            {t('caseOwner', { name: view.caseOwner.name || t('player', { number: view.caseOwner.index + 1 }) })}
          </p>
        )}
        {view.decision && <p className="projector__decision">{t('decision', { text: view.decision })}</p>}
        {showTimer && <SessionTimer timer={timer} className="projector__timer" />}
      </header>
      <main id="main" className="projector__stage">
        {caseCard && !picture && (
          <FitBox className="projector__side" fitKey={`${caseCard.id}-${language}`}>
            <section aria-label={t('onTable')}>
              <FlipCard card={caseCard} faceUp language={language} />
            </section>
          </FitBox>
        )}
        {picture ? (
          <FitBox className="projector__focus projector__focus--results" fitKey={picture}>
            <section className="projector__results" aria-labelledby={resultsTitle}>
              <h2 id={resultsTitle} className="projector__results-title">
                {onTable ? (
                  <>
                    <span className="projector__results-label">{t('onTable')}:</span> {onTable.title[language]}
                  </>
                ) : (
                  t('results')
                )}
              </h2>
              {picture.kind === 'weigh' ? (
                <WeighPicture results={picture} language={language} size="large" />
              ) : (
                <DuelPicture results={picture} language={language} />
              )}
            </section>
          </FitBox>
        ) : (
          <FitBox className="projector__focus" fitKey={`${card?.id}-${view.faceUp}-${language}`}>
            {card ? (
              <FlipCard card={card} faceUp={view.faceUp} language={language} size="large" />
            ) : (
              <p className="projector__no-card">{t('noCard')}</p>
            )}
          </FitBox>
        )}
        {(steps || room) && (
          <div className="projector__aside">
            {steps && (
              <FitBox
                className="projector__steps"
                fitKey={`${step}-${language}-${steps.map((s) => s.factors.length).join()}`}
              >
                <StepsPicture steps={steps} language={language} current={step} />
              </FitBox>
            )}
            {room && <RoomPanel room={room} />}
          </div>
        )}
      </main>
    </>
  );
}

/** The open room: its code, and a QR code of the join link to scan from a seat. */
function RoomPanel({ room }: { room: NonNullable<WallView['room']> }) {
  const { t } = useTranslation('projector');
  const title = useId();
  return (
    <section className="projector__room" aria-labelledby={title}>
      <h2 id={title}>{t('room.title')}</h2>
      <QrCode text={room.joinUrl} label={t('room.qr', { code: room.code })} size={320} />
      <p className="projector__code">
        <span>{t('room.code')}</span> <strong>{room.code}</strong>
      </p>
    </section>
  );
}
