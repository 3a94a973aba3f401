import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answerModesOf, hasAnswers } from '../../domain/session/play-rules';
import type { AnswerMode } from '../../domain/session/session-state';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { ConfirmDialog } from './confirm-dialog';

/**
 * How the group answers the question: in turn on this screen, by a count of hands, or on the phones in a
 * room. The session says which ways the format knows; a switch that would drop answers already given asks
 * first.
 */
export function AnswerModeControl() {
  const { t } = useTranslation('console');
  const id = useId();
  const session = useAppStore((s) => s.session!);
  const [asking, setAsking] = useState<AnswerMode | null>(null);
  const modes = answerModesOf(session);
  if (modes.length === 0) return null;

  const choose = (mode: AnswerMode) => {
    if (mode === session.answerMode) return;
    if (hasAnswers(session)) setAsking(mode);
    else dispatch({ type: 'setAnswerMode', mode });
  };
  const needsRoom = modes.some((m) => !m.available);

  return (
    <fieldset className="answer-mode" aria-describedby={needsRoom ? `${id}-hint` : undefined}>
      <legend>{t('answers.mode.legend')}</legend>
      <div className="answer-mode__options">
        {modes.map(({ mode, available }) => (
          <label key={mode} className="answer-mode__option">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={session.answerMode === mode}
              disabled={!available}
              onChange={() => choose(mode)}
            />
            {t(`answers.mode.${mode}`)}
          </label>
        ))}
      </div>
      {needsRoom && (
        <p id={`${id}-hint`} className="hint answer-mode__hint">
          {t('answers.mode.needsRoom')}
        </p>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={t('answers.mode.confirmTitle')}
        text={t('answers.mode.confirmText')}
        confirm={t('answers.mode.confirm')}
        cancel={t('answers.mode.cancel')}
        onConfirm={() => {
          if (asking) dispatch({ type: 'setAnswerMode', mode: asking });
          setAsking(null);
        }}
        onCancel={() => setAsking(null)}
      />
    </fieldset>
  );
}
