import { useTranslation } from 'react-i18next';

import { FORMATS } from '../../domain/deck-constants';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { useDeckLoader } from '../../state/use-deck-loader';
import { DeckLoader } from '../../ui/deck-loader';

/** Choose a session format to start with; each shows its duration and group size from its instruction card. */
export function SessionStart() {
  const { t } = useTranslation(['console', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const language = useAppStore((s) => s.language);
  const startSession = useAppStore((s) => s.startSession);
  const deckLoader = useDeckLoader();
  return (
    <section aria-labelledby="start-title" className="session-start">
      <h2 id="start-title">{t('start.title')}</h2>
      <p>{t('start.intro')}</p>
      <ul className="format-list">
        {FORMATS.map((format) => {
          const card = deck?.cards.find((c) => c.kind === 'instruction' && c.format === format);
          return (
            <li key={format}>
              <button type="button" className="format-choice" onClick={() => startSession(format)}>
                <span className="format-choice__name">{t(`common:format.${format}`)}</span>
                {card?.kind === 'instruction' && (
                  <>
                    <span className="format-choice__text">{card.text[language]}</span>
                    <span className="format-choice__meta">
                      {t('common:card.duration', {
                        minutes: card.minutes,
                        min: card.players.min,
                        max: card.players.max,
                      })}
                    </span>
                  </>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      <DeckLoader {...deckLoader} />
    </section>
  );
}
