import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import type { Deck } from '../../domain/deck-schema';
import { useAppStore } from '../../state/store';
import { TextExport } from '../../ui/text-export';
import { notesToMarkdown } from './notes-markdown';

/**
 * The cards drawn so far, newest first and numbered in the order they were drawn; each opens its card again
 * with its note. Clearing asks first. The notes export as Markdown: downloaded, copied or shared.
 */
export function HistoryList({ deck, onOpen }: { deck: Deck; onOpen: (cardId: string) => void }) {
  const { t, i18n } = useTranslation(['solo', 'common']);
  const { history, notes, language } = useAppStore(
    useShallow((s) => ({ history: s.history, notes: s.notes, language: s.language })),
  );
  const clearHistory = useAppStore((s) => s.clearHistory);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const byId = new Map(deck.cards.map((card) => [card.id, card]));
  const entries = history
    .map((entry, index) => ({ ...entry, number: index + 1 }))
    .filter((entry) => byId.has(entry.cardId))
    .reverse();
  const hasNotes = Object.values(notes).some((note) => note.trim() !== '');

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const markdown = () => {
    const date = new Date();
    return notesToMarkdown(
      notes,
      deck.cards,
      history.map((h) => h.cardId),
      language,
      {
        heading: t('export.heading'),
        exported: t('export.exported', { date: date.toLocaleString(i18n.language) }),
        questions: t('common:card.questions'),
        note: t('export.note'),
        kind: (card) => t(`common:kind.${card.kind}`),
      },
    );
  };

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        {t('history.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="hint">{t('history.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('history.hint')}</p>
          <ol className="history__list" reversed>
            {entries.map((entry) => {
              const card = byId.get(entry.cardId)!;
              return (
                <li key={`${entry.at}-${entry.number}`} value={entry.number}>
                  <button type="button" className="history__open" onClick={() => onOpen(card.id)}>
                    <span className="history__kind">{t(`common:kind.${card.kind}`)}</span> {card.title[language]}
                  </button>
                  {notes[card.id] && <span className="history__note"> · {t('history.hasNote')}</span>}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <TextExport
        getText={markdown}
        fileName={`tegenwicht-notities-${new Date().toISOString().slice(0, 10)}.md`}
        title={t('export.heading')}
        what={t('export.what')}
        disabled={!hasNotes}
      />
      {!hasNotes && <p className="hint">{t('export.nothing')}</p>}
      {entries.length > 0 &&
        (confirming ? (
          <div className="confirm" role="group" aria-labelledby="history-clear-question">
            <p id="history-clear-question">{t('history.confirm', { count: entries.length })}</p>
            <div className="row">
              <button
                ref={confirmRef}
                type="button"
                className="button button--danger"
                onClick={() => (clearHistory(), setConfirming(false))}
              >
                {t('history.confirmYes')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => (setConfirming(false), requestAnimationFrame(() => clearRef.current?.focus()))}
              >
                {t('history.confirmNo')}
              </button>
            </div>
          </div>
        ) : (
          <div className="row">
            <button
              ref={clearRef}
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(true)}
            >
              {t('history.clear')}
            </button>
          </div>
        ))}
    </section>
  );
}
