import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useAppStore } from '../../state/store';
import { runPlanStep } from './plan-run';
import './plans.css';

/** The plan the console runs: which step this is, and the way to the next one. */
export function PlanBar() {
  const { t } = useTranslation(['plan', 'common']);
  const id = useId();
  const run = useAppStore((s) => s.planRun);
  if (!run) return null;
  const { plan, step } = run;
  const current = plan.steps[step];
  const next = plan.steps[step + 1];
  if (!current) return null;
  return (
    <section className="panel plan-bar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="plan-bar__title">
        {t('bar.label', { title: plan.title })}
      </h2>
      <p role="status">
        {t('bar.step', {
          n: step + 1,
          count: plan.steps.length,
          format: t(`common:format.${current.format}`),
          minutes: current.minutes,
        })}
      </p>
      <div className="row plan-bar__actions">
        {next ? (
          <button type="button" className="button button--primary" onClick={() => runPlanStep(plan, step + 1)}>
            {t('bar.next', { format: t(`common:format.${next.format}`) })}
          </button>
        ) : (
          <span className="hint">{t('bar.last')}</span>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => useAppStore.getState().setPlanRun(null)}
        >
          {t('bar.stop')}
        </button>
      </div>
    </section>
  );
}
