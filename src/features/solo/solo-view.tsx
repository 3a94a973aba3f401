import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { cardsLeft, currentCardId } from '../../domain/deal';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { useDeckLoader } from '../../state/use-deck-loader';
import { DeckLoader } from '../../ui/deck-loader';
import { FlipCard } from '../../ui/flip-card';
import { DeckPending } from '../../ui/deck-pending';
import { useShortcuts } from '../../ui/use-shortcuts';
import { DrawSourcePicker } from '../../ui/draw-source-picker';
import { HistoryList } from './history-list';
import { NoteEditor } from './note-editor';

/** Solo play: draw a card, think, write a private note. */
export function SoloView() {
  const { t } = useTranslation(['solo', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const deckLoader = useDeckLoader();
  const { deal, faceUp, language, filter, builtInStatus } = useAppStore(
    useShallow((s) => ({
      deal: s.deal,
      faceUp: s.faceUp,
      language: s.language,
      filter: s.filter,
      builtInStatus: s.builtInStatus,
    })),
  );
  const { draw, back, flip, chooseFilter } = useAppStore.getState();

  const cardId = deal ? currentCardId(deal) : null;
  const card = (cardId && deck?.cards.find((c) => c.id === cardId)) || null;
  const onDealOfThisDeck = deal !== null && useAppStore.getState().dealDeckId === deck?.id;
  const left = onDealOfThisDeck ? cardsLeft(deal) : null;
  const poolEmpty = onDealOfThisDeck && deal.pile.length + deal.drawn.length === 0;
  const canBack = onDealOfThisDeck && deal.cursor > 0;

  useEffect(() => {
    // Read by `npm run bench`: the moment the first card can be drawn.
    if (deck && performance.getEntriesByName('tegenwicht:drawable').length === 0)
      performance.mark('tegenwicht:drawable');
  }, [deck]);

  useShortcuts({ d: draw, f: flip, ArrowLeft: back, ArrowRight: draw }, deck !== null);

  if (!deck) return <DeckPending failed={builtInStatus === 'failed'} className="solo" />;

  return (
    <main id="main" className="solo">
      <h1 className="visually-hidden">{t('title')}</h1>
      <p className="solo__intro">{t('intro')}</p>
      <div className="solo__controls">
        <DrawSourcePicker filter={filter} onChange={chooseFilter} />
        <div className="row" role="group" aria-label={t('title')}>
          <button type="button" className="button button--primary" onClick={draw} disabled={poolEmpty}>
            {t('draw')}
          </button>
          <button type="button" className="button" onClick={back} disabled={!canBack}>
            {t('back')}
          </button>
          <button type="button" className="button" onClick={draw} disabled={!card}>
            {t('next')}
          </button>
          <button type="button" className="button" onClick={flip} disabled={!card} aria-pressed={!faceUp && !!card}>
            {t('flip')}
          </button>
        </div>
        <p className="hint">
          {poolEmpty ? t('noCards') : left !== null && card ? t('left', { count: left }) : t('keysHint')}
        </p>
      </div>

      <div className="solo__table">
        {card ? (
          <FlipCard card={card} faceUp={faceUp} language={language} />
        ) : (
          <p className="solo__empty">{t('empty')}</p>
        )}
      </div>

      {card && <NoteEditor key={card.id} cardId={card.id} cardTitle={card.title[language]} />}

      <HistoryList deck={deck} />

      <DeckLoader {...deckLoader} />
    </main>
  );
}
