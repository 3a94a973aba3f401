import { useTranslation } from 'react-i18next';

import { canAskAgain, roundOf } from '../../domain/session/play-rules';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { keyLabel } from './console-commands';

/**
 * Weeg opnieuw: once the answers are revealed and talked over, the same question once more (W). Shows which
 * round is being answered after the first.
 */
export function AskAgain() {
  const { t } = useTranslation('console');
  const session = useAppStore((s) => s.session);
  if (!session) return null;
  const round = roundOf(session);
  return (
    <>
      {round > 1 && !session.revealed && <p className="hint">{t('answers.round', { round })}</p>}
      {canAskAgain(session) && (
        <div className="ask-again">
          <button type="button" className="button" aria-keyshortcuts="w" onClick={() => dispatch({ type: 'askAgain' })}>
            {t('answers.askAgain', { round: round + 1 })} <kbd aria-hidden="true">{keyLabel('w')}</kbd>
          </button>
          <p className="hint">{t('answers.askAgainHint')}</p>
        </div>
      )}
    </>
  );
}
