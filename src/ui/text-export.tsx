import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from './download';
import { canShare, copyText, shareText, type ShareOutcome } from './share-text';

interface TextExportProps {
  /** Builds the text when a button is pressed, so it is always current. */
  getText: () => string;
  fileName: string;
  /** The title handed to the share sheet. */
  title: string;
  /** The name of what is exported, such as "Notities": the buttons read "Notities downloaden (Markdown)". */
  what: string;
  disabled?: boolean;
}

/** Download, copy and (where the browser has a share sheet) share a Markdown text. Nothing is sent anywhere. */
export function TextExport({ getText, fileName, title, what, disabled = false }: TextExportProps) {
  const { t } = useTranslation('share');
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const fallbackId = useId();

  const after = (result: ShareOutcome, text: string) => {
    setOutcome(result);
    setFallback(result === 'failed' ? text : null);
  };

  return (
    <div className="text-export">
      <div className="row" role="group" aria-label={t('export.group', { what })}>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled}
          onClick={() => (downloadText(fileName, getText()), setOutcome(null))}
        >
          {t('export.download', { what })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled}
          onClick={() => {
            const text = getText();
            void copyText(text).then((result) => after(result, text));
          }}
        >
          {t('export.copy', { what })}
        </button>
        {canShare() && (
          <button
            type="button"
            className="button button--secondary"
            disabled={disabled}
            onClick={() => {
              const text = getText();
              void shareText(title, text).then((result) => after(result, text));
            }}
          >
            {t('export.share', { what })}
          </button>
        )}
      </div>
      <p role="status" className="hint">
        {outcome === 'copied' && t('export.copied')}
        {outcome === 'shared' && t('export.shared')}
        {outcome === 'failed' && t('export.failed')}
      </p>
      {fallback !== null && (
        <div className="field">
          <label htmlFor={fallbackId}>{t('export.byHand')}</label>
          <textarea id={fallbackId} readOnly rows={6} value={fallback} onFocus={(e) => e.target.select()} />
        </div>
      )}
    </div>
  );
}
