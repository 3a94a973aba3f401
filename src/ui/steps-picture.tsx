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

/** The six steps of the weighing model, 0 Vooraf to 5 Reageren, each with the factors that played a role. */
export function StepsPicture({ steps, language, current = null }: StepsPictureProps) {
  const { t } = useTranslation(['projector', 'common']);
  return (
    <ol className="steps-picture" aria-label={t('steps.label')}>
      {steps.map(({ step, factors }) => {
        const isCurrent = step === current;
        return (
          <li
            key={step}
            className={`steps-picture__step${isCurrent ? ' steps-picture__step--current' : ''}`}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span className="steps-picture__head">
              <span className="steps-picture__number">
                <span className="visually-hidden">{t('steps.step', { step })}: </span>
                <span aria-hidden="true">{step}</span>
              </span>
              <span className="steps-picture__name">{t(`common:stepNames.${step}` as 'common:stepNames.0')}</span>
              {isCurrent && <span className="steps-picture__now">{t('steps.current')}</span>}
            </span>
            {factors.length > 0 ? (
              <ul className="steps-picture__factors">
                {factors.map((title, index) => (
                  <li key={index}>{title[language]}</li>
                ))}
              </ul>
            ) : (
              <span className="steps-picture__none">{t('steps.noFactors')}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
