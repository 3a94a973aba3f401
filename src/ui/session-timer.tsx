import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { timerRemainingMs, type Timer } from '../domain/session/session-state';
import './pictures.css';

interface SessionTimerProps {
  timer: Timer;
  /** Epoch ms to show the timer at; when left out, the timer follows the clock and updates each second. */
  now?: number;
  className?: string;
}

/** Whole seconds left, rounded up, so that 00:00 shows exactly when the time is up. */
const secondsLeft = (remainingMs: number) => Math.ceil(remainingMs / 1000);

/** mm:ss (minutes grow past 99 when they must). */
function formatClock(remainingMs: number): string {
  const total = secondsLeft(remainingMs);
  const minutes = Math.floor(total / 60);
  return `${String(minutes).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A countdown from the session's timer fields: running, paused or done (at zero). */
export function SessionTimer({ timer, now, className }: SessionTimerProps) {
  const { t } = useTranslation('projector');
  const [clock, setClock] = useState(Date.now);
  const running = timer.startedAt !== null;

  useEffect(() => {
    if (now !== undefined || !running) return;
    let id: ReturnType<typeof setTimeout>;
    const tick = () => {
      const at = Date.now();
      setClock(at);
      const remaining = timerRemainingMs(timer, at);
      // Wake just after the shown second changes.
      if (remaining > 0) id = setTimeout(tick, (remaining % 1000 || 1000) + 10);
    };
    id = setTimeout(tick, 0);
    return () => clearTimeout(id);
  }, [timer, now, running]);

  const remaining = timerRemainingMs(timer, now ?? clock);
  const time = formatClock(remaining);
  const state = remaining <= 0 ? 'done' : running ? 'running' : timer.elapsedMs > 0 ? 'paused' : 'idle';

  return (
    <div
      role="timer"
      aria-label={state === 'done' ? t('timer.done') : t('timer.label', { time })}
      className={['session-timer', `session-timer--${state}`, className].filter(Boolean).join(' ')}
      data-state={state}
    >
      <span className="session-timer__time">{time}</span>
      {state === 'done' && <span className="session-timer__note">{t('timer.done')}</span>}
      {state === 'paused' && <span className="session-timer__note">{t('timer.paused')}</span>}
    </div>
  );
}
