import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FORMATS, type Format } from '../../domain/deck-constants';
import {
  PLAN_CARDS_MAX,
  PLAN_MINUTES_MAX,
  PLAN_MINUTES_MIN,
  PLAN_STEPS_MAX,
  planDraftProblem,
  type PlanContent,
  type PlanStep,
} from '../../domain/session-plan';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { ANY_QUERY, searchCards } from './card-search';
import { useCardTitle } from './plan-steps';

const SHOWN_RESULTS = 6;

/** The minutes a format's instruction card suggests, or 15. */
function suggestedMinutes(format: Format): number {
  const deck = selectActiveDeck(useAppStore.getState());
  const card = deck?.cards.find((c) => c.kind === 'instruction' && c.format === format);
  return card?.kind === 'instruction' ? Math.min(PLAN_MINUTES_MAX, Math.max(PLAN_MINUTES_MIN, card.minutes)) : 15;
}

function StepCards({ step, index, onChange }: { step: PlanStep; index: number; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation('plan');
  const id = useId();
  const deck = useAppStore(selectActiveDeck);
  const language = useAppStore((s) => s.language);
  const title = useCardTitle();
  const [words, setWords] = useState('');
  const found = useMemo(
    () =>
      words.trim() === ''
        ? []
        : searchCards(deck?.cards ?? [], { ...ANY_QUERY, words }, language)
            .filter((card) => !step.cardIds.includes(card.id))
            .slice(0, SHOWN_RESULTS),
    [deck, words, language, step.cardIds],
  );
  const full = step.cardIds.length >= PLAN_CARDS_MAX;
  return (
    <div className="plan-editor__cards">
      <p className="plan-editor__label">{t('editor.cards')}</p>
      {step.cardIds.length === 0 ? (
        <p className="hint">{t('editor.noCards')}</p>
      ) : (
        <>
          <ol className="plan-editor__chosen">
            {step.cardIds.map((cardId) => (
              <li key={cardId}>
                <span>{title(cardId)}</span>{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('editor.removeCard', { title: title(cardId) })}
                  onClick={() => onChange(step.cardIds.filter((c) => c !== cardId))}
                >
                  ×
                </button>
              </li>
            ))}
          </ol>
          <p className="hint">{t('editor.firstCard')}</p>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('editor.search', { n: index + 1 })}</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={words}
          disabled={full}
          onChange={(e) => setWords(e.target.value)}
        />
      </div>
      {full && <p className="hint">{t('editor.cardsFull', { max: PLAN_CARDS_MAX })}</p>}
      {found.length > 0 && (
        <ul className="plan-editor__found" aria-label={t('editor.found')}>
          {found.map((card) => (
            <li key={card.id}>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t('editor.add', { title: card.title[language] })}
                onClick={() => {
                  onChange([...step.cardIds, card.id]);
                  setWords('');
                }}
              >
                + {card.title[language]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Prepares a plan: a name, then steps, each a format with its minutes and the cards it is played with. */
export function PlanEditor({
  initial,
  isNew,
  onSave,
  onCancel,
}: {
  initial: PlanContent;
  isNew: boolean;
  onSave: (plan: PlanContent) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['plan', 'common']);
  const id = useId();
  const [plan, setPlan] = useState(initial);
  const [tried, setTried] = useState(false);
  const problem = planDraftProblem(plan);
  const setStep = (index: number, change: Partial<PlanStep>) =>
    setPlan((p) => ({ ...p, steps: p.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) }));
  const move = (index: number, by: -1 | 1) =>
    setPlan((p) => {
      const steps = [...p.steps];
      const [step] = steps.splice(index, 1);
      steps.splice(index + by, 0, step!);
      return { ...p, steps };
    });
  return (
    <form
      className="plan-editor"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (problem === null) onSave({ ...plan, title: plan.title.trim() });
      }}
    >
      <h3 id={`${id}-title`}>{isNew ? t('editor.titleNew') : t('editor.titleEdit')}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('editor.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={80}
          value={plan.title}
          onChange={(e) => setPlan((p) => ({ ...p, title: e.target.value }))}
        />
      </div>
      <ol className="plan-editor__steps">
        {plan.steps.map((step, index) => (
          <li key={index} className="plan-editor__step">
            <fieldset>
              <legend>{t('editor.step', { n: index + 1 })}</legend>
              <div className="row">
                <div className="field">
                  <label htmlFor={`${id}-${index}-format`}>{t('editor.format')}</label>
                  <select
                    id={`${id}-${index}-format`}
                    value={step.format}
                    onChange={(e) => setStep(index, { format: e.target.value as Format })}
                  >
                    {FORMATS.map((format) => (
                      <option key={format} value={format}>
                        {t(`common:format.${format}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-${index}-minutes`}>{t('editor.minutes')}</label>
                  <input
                    id={`${id}-${index}-minutes`}
                    type="number"
                    inputMode="numeric"
                    min={PLAN_MINUTES_MIN}
                    max={PLAN_MINUTES_MAX}
                    value={Number.isNaN(step.minutes) ? '' : step.minutes}
                    onChange={(e) => setStep(index, { minutes: e.target.valueAsNumber })}
                  />
                </div>
                <div className="row plan-editor__step-actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('editor.moveUp', { n: index + 1 })}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={index === plan.steps.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('editor.moveDown', { n: index + 1 })}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setPlan((p) => ({ ...p, steps: p.steps.filter((_, i) => i !== index) }))}
                  >
                    {t('editor.removeStep', { n: index + 1 })}
                  </button>
                </div>
              </div>
              <StepCards step={step} index={index} onChange={(cardIds) => setStep(index, { cardIds })} />
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          className="button"
          disabled={plan.steps.length >= PLAN_STEPS_MAX}
          onClick={() =>
            setPlan((p) => ({
              ...p,
              steps: [...p.steps, { format: 'draw', minutes: suggestedMinutes('draw'), cardIds: [] }],
            }))
          }
        >
          {t('editor.addStep')}
        </button>
      </div>
      <p role="alert" className={tried && problem ? 'alert' : 'visually-hidden'}>
        {tried && problem && t(`editor.problem.${problem}`, { steps: PLAN_STEPS_MAX, cards: PLAN_CARDS_MAX })}
      </p>
      <div className="row">
        <button type="submit" className="button button--primary">
          {t('editor.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
