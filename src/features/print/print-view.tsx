import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ANY_CARD, matchesFilter, type DealFilter } from '../../domain/deal';
import type { Card, Deck } from '../../domain/deck-schema';
import type { Language } from '../../domain/deck-constants';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { DrawSourcePicker } from '../../ui/draw-source-picker';
import { PrintBack } from './print-back';
import { PrintFront } from './print-front';
import { layoutSheets, type Sheet } from './print-layout';
import { useFitText } from './use-fit-text';
import './print.css';

interface Numbered {
  card: Card;
  number: number;
}

/** Prints the deck, or part of it, as cards to cut out: fronts and backs on alternate pages, for duplex. */
export function PrintView() {
  const { t } = useTranslation(['print', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const builtInStatus = useAppStore((s) => s.builtInStatus);
  const language = useAppStore((s) => s.language);
  const [filter, setFilter] = useState<DealFilter>(ANY_CARD);

  if (!deck) {
    return (
      <main id="main" tabIndex={-1} className="print-view">
        <p role={builtInStatus === 'failed' ? 'alert' : 'status'}>
          {builtInStatus === 'failed' ? t('common:deck.loadFailed') : t('common:deck.loading')}
        </p>
      </main>
    );
  }
  return <PrintDeck deck={deck} language={language} filter={filter} onFilterChange={setFilter} />;
}

interface PrintDeckProps {
  deck: Deck;
  language: Language;
  filter: DealFilter;
  onFilterChange: (filter: DealFilter) => void;
}

function PrintDeck({ deck, language, filter, onFilterChange }: PrintDeckProps) {
  const { t } = useTranslation(['print', 'common']);
  const sheets = useMemo(
    () =>
      layoutSheets(
        deck.cards
          .map((card, index): Numbered => ({ card, number: index + 1 }))
          .filter(({ card }) => matchesFilter(card, filter)),
      ),
    [deck, filter],
  );
  const cardCount = sheets.reduce((sum, sheet) => sum + sheet.front.filter(Boolean).length, 0);
  const pagesRef = useRef<HTMLDivElement>(null);
  useFitText(pagesRef, sheets, language);

  return (
    <main id="main" tabIndex={-1} className="print-view">
      <div className="print-view__screen">
        <h1>{t('title')}</h1>
        <p className="print-view__intro">{t('intro')}</p>
        <DrawSourcePicker filter={filter} onChange={onFilterChange} label={t('choose')} />
        <p className="print-view__summary" role="status">
          {cardCount === 0
            ? t('none')
            : t('summary', {
                cards: t('cardCount', { count: cardCount }),
                sheets: t('sheetCount', { count: sheets.length }),
                pages: t('pageCount', { count: sheets.length * 2 }),
              })}
        </p>
        <button
          type="button"
          className="button button--primary"
          disabled={cardCount === 0}
          onClick={() => window.print()}
        >
          {t('print')}
        </button>
        <ul className="print-view__tips">
          <li>{t('duplex')}</li>
          <li>{t('noDuplex')}</li>
          <li>{t('cut')}</li>
          <li>{t('language')}</li>
        </ul>
        {cardCount > 0 && <h2 className="print-view__preview-title">{t('preview')}</h2>}
      </div>
      <div className="print-view__pages" ref={pagesRef}>
        {sheets.map((sheet) => (
          <SheetPages key={sheet.number} sheet={sheet} language={language} total={deck.cards.length} />
        ))}
      </div>
    </main>
  );
}

function SheetPages({ sheet, language, total }: { sheet: Sheet<Numbered>; language: Language; total: number }) {
  return (
    <>
      <PrintPage sheet={sheet.number} side="front">
        {sheet.front.map((slot, index) => (
          <Slot key={index} place={index + 1} title={slot?.card.title[language]}>
            {slot && <PrintFront card={slot.card} language={language} number={slot.number} total={total} />}
          </Slot>
        ))}
      </PrintPage>
      <PrintPage sheet={sheet.number} side="back">
        {sheet.back.map((slot, index) => (
          <Slot key={index} place={index + 1} title={slot?.card.title[language]}>
            {slot && <PrintBack card={slot.card} language={language} number={slot.number} total={total} />}
          </Slot>
        ))}
      </PrintPage>
    </>
  );
}

function PrintPage({ sheet, side, children }: { sheet: number; side: 'front' | 'back'; children: ReactNode }) {
  const { t } = useTranslation('print');
  const headingId = useId();
  const page = side === 'front' ? sheet * 2 - 1 : sheet * 2;
  return (
    <section className={`print-page print-page--${side}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="print-page__caption">
        {t(side === 'front' ? 'pageFront' : 'pageBack', { page, sheet })}
      </h3>
      <div className="print-page__frame">
        <div className="print-page__paper">
          <ul className="print-sheet">{children}</ul>
        </div>
      </div>
    </section>
  );
}

/** A place for one card on the sheet (row by row), with crop marks at its corners when it holds one. */
function Slot({ place, title, children }: { place: number; title: string | undefined; children: ReactNode }) {
  const { t } = useTranslation('print');
  return (
    <li
      className={title === undefined ? 'print-slot print-slot--empty' : 'print-slot'}
      aria-label={title === undefined ? t('emptySlot', { place }) : t('slot', { place, title })}
    >
      {title !== undefined && (
        <span className="print-slot__marks" aria-hidden="true">
          <span className="print-slot__mark print-slot__mark--tl" />
          <span className="print-slot__mark print-slot__mark--tr" />
          <span className="print-slot__mark print-slot__mark--bl" />
          <span className="print-slot__mark print-slot__mark--br" />
        </span>
      )}
      {children}
    </li>
  );
}
