import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { planMinutes, type PlanContent } from '../../domain/session-plan';
import { useAppStore } from '../../state/store';
import { keepPlan, runPlanStep } from './plan-run';
import { PlanSteps } from './plan-steps';

/**
 * A plan opened from an address or a file: what it holds and whether it fits the deck here; when it does not,
 * the closest match (the cards that still exist) with the missing ones named. A refused plan says why.
 */
export function PlanOffer() {
  const { t } = useTranslation(['plan', 'common']);
  const id = useId();
  const offer = useAppStore((s) => s.planOffer);
  const [saved, setSaved] = useState<PlanContent | null>(null);
  const dismiss = () => useAppStore.getState().setPlanOffer(null);
  if (!offer) return null;
  if (offer.type === 'refused')
    return (
      <section className="alert plan-offer" role="alert" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('offer.refusedTitle')}</h2>
        <p>{t(`offer.refused.${offer.problem}`)}</p>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('common:action.close')}
        </button>
      </section>
    );
  const { fit } = offer;
  const plan = fit.type === 'fits' ? offer.plan : fit.closest;
  const start = () => {
    dismiss();
    runPlanStep(plan, 0);
  };
  return (
    <section
      className={`plan-offer${fit.type === 'fits' ? '' : ' alert'}`}
      role={fit.type === 'fits' ? 'region' : 'alert'}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t(offer.kept ? 'offer.titleKept' : 'offer.title', { title: offer.plan.title })}</h2>
      <p>
        {fit.type === 'fits' ? t('offer.fits') : t(fit.sameDeck ? 'offer.otherVersion' : 'offer.otherDeck')}{' '}
        {t('shelf.summary', { count: plan.steps.length, minutes: planMinutes(plan) })}
      </p>
      {fit.type === 'otherVersion' &&
        (fit.missing.length === 0 ? (
          <p>{t('offer.allThere')}</p>
        ) : (
          <>
            <p>{t('offer.missing', { count: fit.missing.length })}</p>
            <ul className="plan-offer__missing">
              {fit.missing.map((cardId) => (
                <li key={cardId}>
                  <code>{cardId}</code>
                </li>
              ))}
            </ul>
          </>
        ))}
      <PlanSteps plan={plan} />
      <div className="row">
        <button type="button" className="button button--primary" onClick={start}>
          {fit.type === 'fits' ? t('offer.run') : t('offer.runClosest')}
        </button>
        <button
          type="button"
          className="button"
          disabled={saved === plan}
          onClick={() => {
            keepPlan(plan);
            setSaved(plan);
          }}
        >
          {t('offer.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('common:action.close')}
        </button>
      </div>
      <p role="status" className="hint">
        {saved === plan && t('editor.saved', { title: plan.title })}
      </p>
    </section>
  );
}
