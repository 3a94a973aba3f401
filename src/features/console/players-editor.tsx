import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';

/** Optional player names, one per line; a number of players without names works too. */
export function PlayersEditor() {
  const { t } = useTranslation('console');
  const id = useId();
  const players = useAppStore((s) => s.session!.players);
  const [text, setText] = useState(players.join('\n'));
  const [count, setCount] = useState(players.length || 0);
  const save = () => {
    const names = text.split('\n').map((n) => n.trim());
    while (names.length && !names.at(-1)) names.pop();
    const list = names.length ? names : Array.from({ length: count }, () => '');
    dispatch({ type: 'setPlayers', players: list.slice(0, 40) });
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('players.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-names`}>{t('players.names')}</label>
        <textarea id={`${id}-names`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="row">
        <label htmlFor={`${id}-count`}>{t('players.count')}</label>
        <input
          id={`${id}-count`}
          className="input-small"
          type="number"
          min={0}
          max={40}
          value={count}
          onChange={(e) => setCount(Math.max(0, Math.min(40, Number(e.target.value) || 0)))}
        />
        <button type="button" className="button" onClick={save}>
          {t('players.save')}
        </button>
      </div>
      <p className="hint" role="status">
        {players.length ? t('players.current', { count: players.length }) : t('players.none')}
      </p>
    </section>
  );
}
