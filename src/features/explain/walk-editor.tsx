import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Deck } from '../../domain/deck-schema';
import { MAX_DECISION_CHARS, setDecision, WALK_STEPS, type Walk } from '../../domain/explain-walk';
import { useAppStore } from '../../state/store';
import { explainHref } from '../../ui/view-links';
import { ResultStage } from './result-stage';
import { StepStage } from './step-stage';

/** Where the walk is: the decision, one of the steps 0-5, or the explanation. */
type Stage = 'decision' | number | 'result';
const STAGES: Stage[] = ['decision', ...WALK_STEPS, 'result'];

/** One walk, part by part; every change is kept on the device as it is made. */
export function WalkEditor({ walk, deck }: { walk: Walk; deck: Deck }) {
  const { t } = useTranslation(['explain', 'common']);
  const changeWalk = useAppStore((s) => s.changeWalk);
  const [stage, setStage] = useState<Stage>(() =>
    walk.decision.trim() && walk.steps.some((f) => f.length > 0) ? 'result' : 'decision',
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const decisionId = useId();
  const index = STAGES.indexOf(stage);

  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [stage]);

  const go = (to: Stage) => {
    moved.current = true;
    setStage(to);
  };
  const stageName = (s: Stage) =>
    s === 'decision' ? t('stageDecision') : s === 'result' ? t('stageResult') : t('stageStep', { step: s });

  return (
    <main id="main" className="explain" tabIndex={-1}>
      <p className="explain__back">
        <a href={explainHref}>{t('backToStart')}</a>
      </p>
      <h1 className="explain__title">{t('title')}</h1>
      <nav aria-label={t('stages')} className="explain__stages explain__no-print">
        <ol>
          {STAGES.map((s) => (
            <li key={String(s)}>
              <button
                type="button"
                className="explain__stage"
                aria-current={s === stage ? 'step' : undefined}
                onClick={() => go(s)}
              >
                {stageName(s)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <p className="hint explain__no-print">{t('progress', { current: index + 1, total: STAGES.length })}</p>

      <h2 ref={headingRef} tabIndex={-1} className="explain__stage-title">
        {typeof stage === 'number'
          ? t('step.heading', { step: stage, title: t(`common:stepNames.${stage as 0 | 1 | 2 | 3 | 4 | 5}`) })
          : stageName(stage)}
      </h2>

      {stage === 'decision' && (
        <div className="field">
          <label htmlFor={decisionId}>{t('decision.label')}</label>
          <textarea
            id={decisionId}
            rows={3}
            maxLength={MAX_DECISION_CHARS}
            value={walk.decision}
            aria-describedby={`${decisionId}-hint`}
            onChange={(e) => changeWalk(walk.id, (w, now) => setDecision(w, e.target.value, now))}
          />
          <p id={`${decisionId}-hint`} className="hint">
            {t('decision.hint')} {t('privacy')}
          </p>
        </div>
      )}
      {typeof stage === 'number' && <StepStage key={stage} walk={walk} deck={deck} step={stage} />}
      {stage === 'result' && <ResultStage walk={walk} deck={deck} />}

      <div className="row explain__nav explain__no-print">
        {index > 0 && (
          <button type="button" className="button" onClick={() => go(STAGES[index - 1]!)}>
            {t('previous')}
          </button>
        )}
        {index < STAGES.length - 1 && (
          <button type="button" className="button button--primary" onClick={() => go(STAGES[index + 1]!)}>
            {index === STAGES.length - 2 ? t('toResult') : t('next')}
          </button>
        )}
      </div>
    </main>
  );
}
