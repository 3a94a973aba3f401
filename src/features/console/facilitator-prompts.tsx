import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { currentCardId } from '../../domain/deal';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';

/** Prompts only the facilitator sees: how the format goes, and questions to ask about the card on the table. */
export function FacilitatorPrompts() {
  const { t } = useTranslation(['console', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const { session, language } = useAppStore(useShallow((s) => ({ session: s.session!, language: s.language })));
  const instruction = deck?.cards.find((c) => c.kind === 'instruction' && c.format === session.format);
  const cardId = session.deal ? currentCardId(session.deal) : null;
  const card = cardId ? deck?.cards.find((c) => c.id === cardId) : undefined;
  return (
    <section className="panel prompts" aria-labelledby="prompts-title">
      <h2 id="prompts-title">{t('prompts.title')}</h2>
      <p className="hint">{t('prompts.private')}</p>
      <p>{t(`prompts.format.${session.format}`)}</p>
      {card && card.kind !== 'instruction' && (
        <>
          <h3>{t('prompts.ask')}</h3>
          <ul>
            {card.questions.map((q, i) => (
              <li key={i}>{q[language]}</li>
            ))}
          </ul>
        </>
      )}
      {instruction?.kind === 'instruction' && (
        <details>
          <summary>
            {t('prompts.howTo')} {t(`common:format.${session.format}`)}
          </summary>
          <ol>
            {instruction.steps.map((step, i) => (
              <li key={i}>{step[language]}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
