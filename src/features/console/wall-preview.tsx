import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { currentCardId } from '../../domain/deal';
import { visibleFrame } from '../../domain/session/reduce-session';
import { selectActiveDeck } from '../../state/deck-slice';
import { selectWallView } from '../../state/projection';
import { useAppStore } from '../../state/store';
import { CardFace } from '../../ui/card-face';

/** What is on the wall now, and privately what comes next. */
export function WallPreview() {
  const { t } = useTranslation(['console', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const { session, language } = useAppStore(useShallow((s) => ({ session: s.session!, language: s.language })));
  const byId = (id: string | null) => (id ? deck?.cards.find((c) => c.id === id) : undefined);
  const frame = visibleFrame(session);
  const onWall = byId(frame.cardId);
  const live = session.deal ? byId(currentCardId(session.deal)) : undefined;
  const nextId = session.deal ? (session.deal.drawn[session.deal.cursor + 1] ?? session.deal.pile[0] ?? null) : null;
  const next = byId(nextId);
  const caseCard = byId(session.caseCardId);
  // What the wall names comes from the same projection the wall gets.
  const view = useAppStore(selectWallView);

  return (
    <section className="panel wall-preview" aria-labelledby="wall-title">
      <h2 id="wall-title">{t('wall.title')}</h2>
      <p className="hint">
        {session.wall === 'blank' ? t('wall.isBlank') : session.wall === 'hold' ? t('wall.isHeld') : t('wall.isLive')}
        {' · '}
        {frame.faceUp ? t('wall.faceUp') : t('wall.faceDown')}
      </p>
      {onWall ? (
        <div className="wall-preview__card">
          <CardFace card={onWall} language={language} />
        </div>
      ) : (
        <p>{t('wall.noCard')}</p>
      )}
      {session.wall === 'hold' && live && live !== onWall && (
        <p>
          <strong>{t('wall.behindHold')}</strong> {live.title[language]}
        </p>
      )}
      {caseCard && (
        <p>
          <strong>{t('wall.case')}</strong> {caseCard.title[language]}
        </p>
      )}
      {view?.turn && (
        <p>
          <strong>{t('players.turn')}</strong>{' '}
          {view.turn.name || t('players.numbered', { number: view.turn.index + 1 })}
        </p>
      )}
      {view?.caseOwner && (
        <p>
          <strong>{t('intervision.caseOwner')}:</strong>{' '}
          {view.caseOwner.name || t('players.numbered', { number: view.caseOwner.index + 1 })}
        </p>
      )}
      {view?.decision && (
        <p>
          <strong>{t('slowDown.decision')}:</strong> {view.decision}
        </p>
      )}
      <div className="next-up" aria-labelledby="next-title">
        <h3 id="next-title">{t('wall.next')}</h3>
        <p>
          {next
            ? `${t(`common:kind.${next.kind}`)}: ${next.title[language]}`
            : session.deal
              ? t('wall.nextNone')
              : t('wall.nextFirst')}
        </p>
      </div>
    </section>
  );
}
