import { useTranslation } from 'react-i18next';

import type { PlanContent } from '../../domain/session-plan';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';

/** A plan's steps in order: format, minutes and the cards, as a list to read. */
export function PlanSteps({ plan }: { plan: PlanContent }) {
  const { t } = useTranslation(['plan', 'common']);
  const title = useCardTitle();
  return (
    <ol className="plan-steps">
      {plan.steps.map((step, index) => (
        <li key={index}>
          <strong>{t(`common:format.${step.format}`)}</strong> · {step.minutes} min
          {step.cardIds.length > 0 && <> · {step.cardIds.map(title).join(', ')}</>}
        </li>
      ))}
    </ol>
  );
}

/** The deck's title of a card, or its id when the deck does not have it. */
export function useCardTitle(): (cardId: string) => string {
  const deck = useAppStore(selectActiveDeck);
  const language = useAppStore((s) => s.language);
  return (cardId) => deck?.cards.find((card) => card.id === cardId)?.title[language] ?? cardId;
}
