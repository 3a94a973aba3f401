import { useTranslation } from 'react-i18next';

import { useAppStore } from '../../state/store';
import type { SharedOutcome } from '../../domain/share-link';

/** Says what became of a shared address: opened, or refused and why, with the closest match where there is one. */
export function SharedNotice({ notice }: { notice: SharedOutcome }) {
  const { t } = useTranslation(['solo', 'common']);
  const dismiss = () => useAppStore.getState().setSharedOutcome(null);
  const problem = notice.type === 'cardMissing' || notice.type === 'dealRefused' || notice.type === 'dealOtherVersion';
  const text =
    notice.type === 'dealRefused'
      ? t(`shared.refused.${notice.problem}`)
      : notice.type === 'dealOtherVersion'
        ? t(notice.sameDeck ? 'shared.otherVersion' : 'shared.otherDeck')
        : t(`shared.${notice.type}`);
  return (
    <div className={problem ? 'alert solo__notice' : 'solo__notice'} role={problem ? 'alert' : 'status'}>
      <p>{text}</p>
      <div className="row">
        {notice.type === 'dealOtherVersion' && (
          <button
            type="button"
            className="button"
            onClick={() => {
              useAppStore.getState().startDeal(notice.link.seed, notice.link.filter);
              dismiss();
            }}
          >
            {t('shared.useClosest')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('common:action.close')}
        </button>
      </div>
    </div>
  );
}
