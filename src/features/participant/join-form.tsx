import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { checkRoomCode } from '../../domain/room-code';
import { joinHref } from '../../ui/view-links';

/** Type the code from the wall: case, spaces and dashes do not matter. */
export function JoinForm({ problem }: { problem?: string }) {
  const { t } = useTranslation('participant');
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkRoomCode(code);
    if (!checked.ok)
      return setError(
        checked.reason === 'invalid-character'
          ? t('join.invalidCharacter', { character: checked.character })
          : t(`join.${checked.reason}`),
      );
    // Keep the parameters of the page (a relay other than the default) on the way into the room.
    const query = window.location.hash.split('?')[1];
    window.location.hash = joinHref(checked.code) + (query ? `?${query}` : '');
  };
  return (
    <form className="join-form panel" onSubmit={submit} noValidate>
      <h1>{t('join.title')}</h1>
      {problem && (
        <p role="alert" className="alert">
          {problem}
        </p>
      )}
      <div className="field">
        <label htmlFor={id}>{t('join.code')}</label>
        <input
          id={id}
          type="text"
          inputMode="text"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={12}
          className="code-input"
          value={code}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => setCode(e.target.value)}
        />
        <p id={`${id}-hint`} className="hint">
          {t('join.hint')}
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" className="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button button--primary">
        {t('join.submit')}
      </button>
    </form>
  );
}
