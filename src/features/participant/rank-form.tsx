import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Answer } from '../../domain/room-protocol';
import type { WallView } from '../../domain/session/wall-view';
import { useAppStore } from '../../state/store';

type RankingQuestion = Extract<NonNullable<WallView['question']>, { kind: 'ranking' }>;

interface RankFormProps {
  question: RankingQuestion;
  /** The order sent before, when the phone answered this question already. */
  saved: string[] | null;
  nameField: React.ReactNode;
  onSend: (answer: Answer) => void;
}

/**
 * Rangorde on a phone: tap the factors that weigh most in your own practice, most weighty first, move one up
 * if the order is wrong, and send when there are as many as the trainer asked.
 */
export function RankForm({ question, saved, nameField, onSend }: RankFormProps) {
  const { t } = useTranslation('rank');
  const language = useAppStore((s) => s.language);
  const [order, setOrder] = useState<string[]>(saved ?? []);
  const titleOf = (id: string) => question.choices.find((c) => c.id === id)?.title[language] ?? id;
  const full = order.length >= question.size;
  const toggle = (id: string) =>
    setOrder(order.includes(id) ? order.filter((x) => x !== id) : full ? order : [...order, id]);
  const up = (index: number) =>
    setOrder(order.map((id, i) => (i === index - 1 ? order[index]! : i === index ? order[index - 1]! : id)));

  return (
    <form
      className="rank-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (order.length === question.size) onSend({ kind: 'ranking', order });
      }}
    >
      <p className="hint">{t('phone.title', { size: question.size })}</p>
      <h3>{t('phone.picked')}</h3>
      {order.length === 0 ? (
        <p className="hint">{t('panel.nothingPicked')}</p>
      ) : (
        <ol className="rank-form__order">
          {order.map((id, index) => (
            <li key={id}>
              <span className="rank-form__title">{titleOf(id)}</span>
              {index > 0 && (
                <button type="button" className="button" onClick={() => up(index)}>
                  <span aria-hidden="true">↑</span>
                  <span className="visually-hidden">{t('phone.up', { factor: titleOf(id) })}</span>
                </button>
              )}
              <button type="button" className="button" onClick={() => toggle(id)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('phone.remove', { factor: titleOf(id) })}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <ul className="rank-form__choices">
        {question.choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              className="button rank-form__choice"
              aria-pressed={order.includes(choice.id)}
              disabled={full && !order.includes(choice.id)}
              onClick={() => toggle(choice.id)}
            >
              {choice.title[language]}
            </button>
          </li>
        ))}
      </ul>
      {nameField}
      {!full && <p className="hint">{t('phone.needMore', { count: question.size - order.length })}</p>}
      <button type="submit" className="button button--primary" disabled={!full}>
        {t('phone.send')}
      </button>
    </form>
  );
}
