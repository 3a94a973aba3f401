import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { currentCardId } from '../../domain/deal';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { useShortcuts } from '../../ui/use-shortcuts';

const STEPS = [0, 1, 2, 3, 4, 5] as const;

/**
 * Vertragen: one recent decision walked through steps 0-5 of the weighing model; at each step the factor
 * cards that played a role are attached (key K). The step card goes on the table beside the card.
 */
export function SlowDownPanel() {
  const { t } = useTranslation(['console', 'common']);
  const id = useId();
  const deck = useAppStore(selectActiveDeck);
  const { session, language } = useAppStore(useShallow((s) => ({ session: s.session!, language: s.language })));
  const byId = (cardId: string | null) => (cardId ? deck?.cards.find((c) => c.id === cardId) : undefined);
  const current = byId(session.deal ? currentCardId(session.deal) : null);
  const step = session.slowDown.step;

  const goTo = (next: number) => {
    if (next < 0 || next > 5) return;
    const stepCard = deck?.cards.find((c) => c.kind === 'step' && c.step === next);
    dispatch({ type: 'setStep', step: next, ...(stepCard ? { caseCardId: stepCard.id } : {}) });
  };
  // The walk starts at step 0: its card goes on the table beside the factor cards.
  const firstStepCard = deck?.cards.find((c) => c.kind === 'step' && c.step === 0)?.id;
  useEffect(() => {
    if (session.caseCardId === null && firstStepCard) dispatch({ type: 'setCase', cardId: firstStepCard });
  }, [session.caseCardId, firstStepCard]);
  const attach = () => {
    if (current?.kind === 'factor') dispatch({ type: 'attachFactor', step, factorId: current.id });
  };
  // '.' blanks the wall (a clicker's key), so the steps go with [ and ].
  useShortcuts({ k: attach, ']': () => goTo(step + 1), '[': () => goTo(step - 1) });

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('common:format.slow-down')}</h2>
      <div className="field">
        <label htmlFor={`${id}-decision`}>{t('slowDown.decision')}</label>
        <input
          id={`${id}-decision`}
          type="text"
          maxLength={200}
          value={session.slowDown.decision}
          onChange={(e) => dispatch({ type: 'setDecision', text: e.target.value })}
        />
        <p className="hint">{t('slowDown.decisionHint')}</p>
      </div>
      <div className="row" role="group" aria-label={t('slowDown.stepNav')}>
        <button type="button" className="button" disabled={step === 0} onClick={() => goTo(step - 1)}>
          {t('slowDown.previous')} <kbd aria-hidden="true">[</kbd>
        </button>
        <span role="status">
          {t('slowDown.current', { step, name: t(`common:stepNames.${step}` as 'common:stepNames.0') })}
        </span>
        <button type="button" className="button" disabled={step === 5} onClick={() => goTo(step + 1)}>
          {t('slowDown.next')} <kbd aria-hidden="true">]</kbd>
        </button>
      </div>
      <button
        type="button"
        className="button"
        disabled={current?.kind !== 'factor'}
        onClick={attach}
        aria-keyshortcuts="k"
      >
        {t('slowDown.attach')} <kbd aria-hidden="true">K</kbd>
      </button>
      <ol className="steps-list" start={0}>
        {STEPS.map((s) => {
          const attached = session.slowDown.attached[String(s)] ?? [];
          return (
            <li key={s} aria-current={s === step ? 'step' : undefined}>
              <strong>{t(`common:stepNames.${s}` as 'common:stepNames.0')}</strong>
              {attached.length > 0 && (
                <ul>
                  {attached.map((factorId) => (
                    <li key={factorId}>
                      {byId(factorId)?.title[language] ?? factorId}{' '}
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => dispatch({ type: 'detachFactor', step: s, factorId })}
                      >
                        {t('weigh.remove')}
                        <span className="visually-hidden"> {byId(factorId)?.title[language]}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
