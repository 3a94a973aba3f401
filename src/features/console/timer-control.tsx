import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { SessionTimer } from '../../ui/session-timer';

/** Start, pause and reset the timer the wall shows; choose its length in minutes. */
export function TimerControl() {
  const { t } = useTranslation('console');
  const id = useId();
  const timer = useAppStore((s) => s.session!.timer);
  const running = timer.startedAt !== null;
  return (
    <section className="panel timer-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('timer.title')}</h2>
      <SessionTimer timer={timer} />
      <div className="row">
        <button
          type="button"
          className="button"
          aria-keyshortcuts="t"
          onClick={() => dispatch({ type: running ? 'timerPause' : 'timerStart', at: Date.now() })}
        >
          {running ? t('timer.pause') : t('timer.start')} <kbd aria-hidden="true">T</kbd>
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="0"
          onClick={() => dispatch({ type: 'timerReset', durationMs: timer.durationMs })}
        >
          {t('timer.reset')} <kbd aria-hidden="true">0</kbd>
        </button>
        <label htmlFor={id}>{t('timer.minutes')}</label>
        <input
          id={id}
          type="number"
          className="input-small"
          min={1}
          max={240}
          value={Math.round(timer.durationMs / 60_000)}
          onChange={(event) => {
            const minutes = Number(event.target.value);
            if (minutes >= 1 && minutes <= 240) dispatch({ type: 'timerReset', durationMs: minutes * 60_000 });
          }}
        />
      </div>
    </section>
  );
}
