import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import type { Deck } from '../../domain/deck-schema';
import { useAppStore } from '../../state/store';
import { downloadText } from '../../ui/download';
import { notesToMarkdown } from './notes-markdown';

/** The cards drawn so far (newest first), and the export of the notes. */
export function HistoryList({ deck }: { deck: Deck }) {
  const { t, i18n } = useTranslation(['solo', 'common']);
  const { history, notes, language } = useAppStore(
    useShallow((s) => ({ history: s.history, notes: s.notes, language: s.language })),
  );
  const clearHistory = useAppStore((s) => s.clearHistory);
  const byId = new Map(deck.cards.map((card) => [card.id, card]));
  const entries = history.filter((entry) => byId.has(entry.cardId)).reverse();
  const hasNotes = Object.keys(notes).length > 0;

  const exportNotes = () => {
    const date = new Date();
    const markdown = notesToMarkdown(
      notes,
      deck.cards,
      history.map((h) => h.cardId),
      language,
      {
        heading: t('export.heading'),
        exported: t('export.exported', { date: date.toLocaleString(i18n.language) }),
        kind: (card) => t(`common:kind.${card.kind}`),
      },
    );
    downloadText(`tegenwicht-notities-${date.toISOString().slice(0, 10)}.md`, markdown);
  };

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        {t('history.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="hint">{t('history.empty')}</p>
      ) : (
        <ol className="history__list">
          {entries.map((entry, index) => {
            const card = byId.get(entry.cardId)!;
            return (
              <li key={`${entry.at}-${index}`}>
                <span className="history__kind">{t(`common:kind.${card.kind}`)}</span> {card.title[language]}
                {notes[card.id] && <span className="history__note"> · {t('history.hasNote')}</span>}
              </li>
            );
          })}
        </ol>
      )}
      <div className="row">
        <button type="button" className="button button--secondary" onClick={exportNotes} disabled={!hasNotes}>
          {t('export.button')}
        </button>
        {entries.length > 0 && (
          <button type="button" className="button button--secondary" onClick={clearHistory}>
            {t('history.clear')}
          </button>
        )}
      </div>
      {!hasNotes && <p className="hint">{t('export.nothing')}</p>}
    </section>
  );
}
