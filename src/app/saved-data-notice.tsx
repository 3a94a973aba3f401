import { useTranslation } from 'react-i18next';

import { useAppStore } from '../state/store';

const PARTS = ['settings', 'deck', 'solo', 'notes', 'session', 'participant', 'plans', 'log', 'all'] as const;

/** Says which saved parts could not be read on load and were left out; the rest was kept. */
export function SavedDataNotice() {
  const { t } = useTranslation();
  const dropped = useAppStore((s) => s.savedDataDropped);
  const dismiss = useAppStore((s) => s.dismissSavedDataDropped);
  if (dropped.length === 0) return null;
  const parts = PARTS.filter((part) => dropped.includes(part)).map((part) => t(`savedData.part.${part}`));
  return (
    <div className="saved-data-notice" role="alert">
      <p>{t('savedData.dropped', { parts: parts.join(', ') })}</p>
      <button type="button" onClick={dismiss}>
        {t('action.close')}
      </button>
    </div>
  );
}
