import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { addressOf, copyText, type ShareOutcome } from './share-text';

/** Copies the full address of a hash in this app (a card, a deal); shows it to copy by hand when that fails. */
export function CopyAddress({ hash, label, className }: { hash: string; label: string; className?: string }) {
  const { t } = useTranslation('share');
  const [outcome, setOutcome] = useState<{ hash: string; result: ShareOutcome } | null>(null);
  const id = useId();
  const current = outcome?.hash === hash ? outcome.result : null;
  return (
    <div className={className ?? 'copy-address'}>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void copyText(addressOf(hash)).then((result) => setOutcome({ hash, result }))}
      >
        {label}
      </button>
      <span role="status" className="hint">
        {current === 'copied' && t('address.copied')}
      </span>
      {current === 'failed' && (
        <span className="field">
          <label htmlFor={id}>{t('address.byHand')}</label>
          <input id={id} type="text" readOnly value={addressOf(hash)} onFocus={(e) => e.target.select()} />
        </span>
      )}
    </div>
  );
}
