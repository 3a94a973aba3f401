import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { cardsLeft, currentCardId } from '../../domain/deal';
import { cardHash, dealHash, deckVersion } from '../../domain/share-link';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { useDeckLoader } from '../../state/use-deck-loader';
import { CopyAddress } from '../../ui/copy-address';
import { DeckLoader } from '../../ui/deck-loader';
import { FlipCard, preloadCardMotion } from '../../ui/flip-card';
import { DeckPending } from '../../ui/deck-pending';
import { FINE_POINTER, useMediaQuery } from '../../ui/use-media-query';
import { scrollToTop } from '../../ui/scroll-into-view';
import { useShortcuts } from '../../ui/use-shortcuts';
import { DrawSourcePicker } from '../../ui/draw-source-picker';
import { HistoryList } from './history-list';
import { NoteEditor } from './note-editor';
import { WalksList } from './walks-list';
import { SharedNotice } from './shared-notice';
import { useSharedLink, type SharedLink } from './use-shared-link';

import './solo.css';

/** Solo play: draw a card, think, write a private note; or open a card or a deal someone shared. */
export function SoloView({ shared = null }: { shared?: SharedLink | null }) {
  const { t } = useTranslation(['solo', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const deckLoader = useDeckLoader();
  const { deal, faceUp, language, filter, builtInStatus, openCardId, notice } = useAppStore(
    useShallow((s) => ({
      deal: s.deal,
      faceUp: s.faceUp,
      language: s.language,
      filter: s.filter,
      builtInStatus: s.builtInStatus,
      openCardId: s.openCardId,
      notice: s.sharedOutcome,
    })),
  );
  const { draw, back, next, flip, chooseFilter, openCard, closeOpenCard } = useAppStore.getState();
  const finePointer = useMediaQuery(FINE_POINTER);
  const cardRef = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  const byId = (id: string | null) => (id && deck?.cards.find((c) => c.id === id)) || null;
  const opened = byId(openCardId);
  const card = opened ?? byId(deal ? currentCardId(deal) : null);
  const onDealOfThisDeck = deal !== null && useAppStore.getState().dealDeckId === deck?.id;
  const left = onDealOfThisDeck ? cardsLeft(deal) : null;
  const poolEmpty = onDealOfThisDeck && deal.pile.length + deal.drawn.length === 0;
  const canBack = onDealOfThisDeck && opened === null && deal.cursor > 0;
  const canNext = onDealOfThisDeck && opened === null && deal.cursor < deal.drawn.length - 1;

  /** Puts the card in view and focus after the user asked for one (not on a reload). */
  const showCard = () => setFocusRequest((n) => n + 1);
  const drawAndShow = () => (draw(), showCard());
  useSharedLink(shared, deck, showCard);

  useEffect(() => {
    if (focusRequest === 0) return;
    const element = cardRef.current;
    if (!element) return;
    scrollToTop(element);
    element.focus({ preventScroll: true });
  }, [focusRequest]);

  useEffect(() => {
    // Read by `npm run bench`: the moment the first card can be drawn.
    if (!deck) return;
    if (performance.getEntriesByName('tegenwicht:drawable').length === 0) performance.mark('tegenwicht:drawable');
    // The card's animation comes after the first paint, before the first card is drawn.
    preloadCardMotion();
  }, [deck]);

  useShortcuts({ d: drawAndShow, f: flip, ArrowLeft: back, ArrowRight: next }, deck !== null);

  if (!deck) return <DeckPending failed={builtInStatus === 'failed'} className="solo" />;

  return (
    <main id="main" className="solo">
      <h1 className="visually-hidden">{t('title')}</h1>
      <p className="solo__intro">{t('intro')}</p>
      {notice && <SharedNotice notice={notice} />}
      <div className="solo__controls">
        <DrawSourcePicker filter={filter} onChange={chooseFilter} />
        <div className="row">
          <button type="button" className="button button--primary" onClick={drawAndShow} disabled={poolEmpty}>
            {t('draw')}
          </button>
          <button type="button" className="button" onClick={flip} disabled={!card} aria-pressed={!faceUp && !!card}>
            {t('flip')}
          </button>
          <div className="row" role="group" aria-label={t('browse')}>
            <button type="button" className="button" onClick={back} disabled={!canBack}>
              {t('back')}
            </button>
            <button type="button" className="button" onClick={next} disabled={!canNext}>
              {t('next')}
            </button>
          </div>
        </div>
        <p className="hint">
          {poolEmpty ? t('noCards') : left !== null && card ? t('left', { count: left }) : t('empty')}
        </p>
        {finePointer && <p className="hint">{t('keysHint')}</p>}
      </div>

      {opened && (
        <div className="solo__opened" role="group" aria-label={t('opened.label')}>
          <p>{t('opened.text')}</p>
          <button type="button" className="button button--secondary" onClick={closeOpenCard}>
            {t('opened.backToDeal')}
          </button>
        </div>
      )}

      <div className="solo__table">
        {card ? (
          <FlipCard card={card} faceUp={faceUp} language={language} cardRef={cardRef} />
        ) : (
          <p className="solo__empty">{t('empty')}</p>
        )}
      </div>

      {card && <NoteEditor key={card.id} cardId={card.id} cardTitle={card.title[language]} />}

      {card && (
        <section className="solo__share" aria-labelledby="solo-share-title">
          <h2 id="solo-share-title" className="section-title">
            {t('share.title')}
          </h2>
          <p className="hint">{t('share.hint')}</p>
          <div className="row">
            <CopyAddress hash={cardHash(card.id)} label={t('share.card')} />
            {deal && onDealOfThisDeck && (
              <CopyAddress
                hash={dealHash({ deckVersion: deckVersion(deck), seed: deal.seed, filter: deal.filter })}
                label={t('share.deal')}
              />
            )}
          </div>
        </section>
      )}

      <HistoryList deck={deck} onOpen={(id) => (openCard(id), showCard())} />

      <WalksList />

      <DeckLoader {...deckLoader} />
    </main>
  );
}
