import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeckProblem } from '../domain/parse-deck';

export interface DeckLoaderProps {
  /** The name of the user's own deck in play; null while the standard deck is in play. */
  customName: string | null;
  cardCount: number;
  problems: DeckProblem[] | null;
  loaded: { name: string; count: number } | null;
  onLoadFile: (file: File) => Promise<boolean>;
  onLoadUrl: (url: string) => Promise<boolean>;
  onUseBuiltIn: () => void;
}

const SHOWN_PROBLEMS = 8;

/** Loads a deck from a file and says exactly what is wrong with a bad one. */
export function DeckLoader({
  customName,
  cardCount,
  problems,
  loaded,
  onLoadFile,
  onLoadUrl,
  onUseBuiltIn,
}: DeckLoaderProps) {
  const { t } = useTranslation();
  const isCustom = customName !== null;
  const deckName = customName ?? t('deck.builtIn');
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const submitUrl = async (event: FormEvent) => {
    event.preventDefault();
    if (!url.trim()) return;
    setBusy(true);
    await onLoadUrl(url.trim());
    setBusy(false);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    await onLoadFile(file);
    if (input.current) input.current.value = '';
  };

  const describe = (problem: DeckProblem) =>
    problem.cardNumber !== undefined
      ? t('deck.problemCard', {
          number: problem.cardNumber,
          id: problem.cardId ?? '?',
          field: problem.field || '—',
          message: problem.message,
        })
      : problem.field
        ? t('deck.problemDeck', { field: problem.field, message: problem.message })
        : t('deck.problemFile', { message: problem.message });

  return (
    <section className="deck-loader" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="section-title">
        {isCustom ? t('deck.own') : t('deck.builtIn')}
      </h2>
      <p>{t('deck.current', { name: deckName, count: cardCount })}</p>
      <div className="row">
        <label className="button button--secondary file-button" htmlFor={inputId}>
          {t('deck.loadFile')}
        </label>
        <input
          ref={input}
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void onFile(event)}
        />
        {isCustom && (
          <button type="button" className="button button--secondary" onClick={onUseBuiltIn}>
            {t('deck.useBuiltIn')}
          </button>
        )}
      </div>
      <form className="deck-loader__url" onSubmit={(event) => void submitUrl(event)}>
        <label htmlFor={`${inputId}-url`}>{t('deck.loadUrl')}</label>
        <div className="row">
          <input
            id={`${inputId}-url`}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
          <button type="submit" className="button button--secondary" disabled={busy || !url.trim()}>
            {t('deck.loadUrlButton')}
          </button>
        </div>
      </form>
      <p>
        <a href="./deck.schema.json">{t('deck.schemaLink')}</a>
      </p>
      <div role="status">{loaded && !problems && t('deck.loaded', { name: loaded.name, count: loaded.count })}</div>
      {problems && (
        <div role="alert" className="alert">
          <p>{t('deck.rejected')}</p>
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <li key={index}>{describe(problem)}</li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && <p>{t('deck.more', { count: problems.length - SHOWN_PROBLEMS })}</p>}
        </div>
      )}
    </section>
  );
}
