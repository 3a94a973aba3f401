import { useTranslation } from 'react-i18next';

import type { Language } from '../domain/deck-constants';
import type { WallView } from '../domain/session/wall-view';
import './pictures.css';

export type StepsResults = Extract<NonNullable<WallView['results']>, { kind: 'steps' }>;

interface StepsPictureProps {
  steps: StepsResults['steps'];
  language: Language;
  /** The step the group is at now, marked in the list. */
  current?: number | null;
}

/**
 * The six steps of the weighing model, 0 Vooraf to 5 Reageren, in one row, each with the number of factors
 * that played a role there; below the row, by name, the factors of the step the group is at.
 */
export function StepsPicture({ steps, language, current = null }: StepsPictureProps) {
  const { t } = useTranslation(['projector', 'common']);
  const here = steps.find((s) => s.step === current) ?? null;
  const name = (step: number) => t(`common:stepNames.${step}` as 'common:stepNames.0');
  return (
    <div className="steps-picture">
      <ol className="steps-picture__row" aria-label={t('steps.label')}>
        {steps.map(({ step, factors }) => {
          const isCurrent = step === current;
          return (
            <li
              key={step}
              className={`steps-picture__step${isCurrent ? ' steps-picture__step--current' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="steps-picture__number">
                <span className="visually-hidden">{t('steps.step', { step })}: </span>
                <span aria-hidden="true">{step}</span>
              </span>{' '}
              <span className="steps-picture__name">{name(step)}</span>
              {factors.length > 0 && (
                <span className="steps-picture__count">
                  <span aria-hidden="true">{factors.length}</span>
                  <span className="visually-hidden">, {t('steps.factorCount', { count: factors.length })}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {here && (
        <section className="steps-picture__here" aria-label={t('steps.here', { name: name(here.step) })}>
          <span className="steps-picture__here-label">{t('steps.here', { name: name(here.step) })}:</span>{' '}
          {here.factors.length > 0 ? (
            <ul className="steps-picture__factors">
              {here.factors.map((title, index) => (
                <li key={index}>{title[language]}</li>
              ))}
            </ul>
          ) : (
            <span className="steps-picture__none">{t('steps.noFactors')}</span>
          )}
        </section>
      )}
    </div>
  );
}
