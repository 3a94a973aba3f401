import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { rankTurn, screenVoter } from '../../domain/session/play-rules';
import { RANK_SIZE_MAX, RANK_SIZE_MIN } from '../../domain/session/rank-rules';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { selectWallView } from '../../state/projection';
import { useAppStore } from '../../state/store';
import { usePlayerLabel } from './use-player-label';

const SIZES = Array.from({ length: RANK_SIZE_MAX - RANK_SIZE_MIN + 1 }, (_, i) => RANK_SIZE_MIN + i);

/**
 * Rangorde: the trainer sets how many factors each person picks and, if wanted, a shorter list; on one
 * screen each player picks in turn (buttons, so keyboard and mouse alike), hidden once recorded; in a room
 * the phones pick. Reveal sets the group's ranking beside the study's top 15 on the wall.
 */
export function RankPanel() {
  const { t } = useTranslation(['rank', 'common']);
  const id = useId();
  const deck = useAppStore(selectActiveDeck);
  const { session, language } = useAppStore(useShallow((s) => ({ session: s.session!, language: s.language })));
  const view = useAppStore(selectWallView);
  const label = usePlayerLabel();
  const { size, shortlist } = session.rank;
  const factors = (deck?.cards ?? []).filter((c) => c.kind === 'factor');
  const [draft, setDraft] = useState<string[] | null>(null);
  const [pick, setPick] = useState<string[]>([]);
  const turn = rankTurn(session);
  const choices = view?.question?.kind === 'ranking' ? view.question.choices : [];
  const titleOf = (factorId: string) => factors.find((f) => f.id === factorId)?.title[language] ?? factorId;
  const progress = view?.progress ?? null;

  const toggle = (factorId: string) =>
    setPick((p) => (p.includes(factorId) ? p.filter((x) => x !== factorId) : p.length < size ? [...p, factorId] : p));
  const record = () => {
    if (!turn || turn === 'done' || pick.length !== size) return;
    dispatch({ type: 'recordRank', voter: screenVoter(turn.player), factorIds: pick });
    setPick([]);
  };
  const editing = draft ?? shortlist;

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('common:format.rank')}</h2>
      <div className="row">
        <label htmlFor={`${id}-size`}>{t('panel.size')}</label>
        <select
          id={`${id}-size`}
          value={size}
          onChange={(e) => {
            dispatch({ type: 'setRankSize', size: Number(e.target.value) });
            setPick([]);
          }}
        >
          {SIZES.map((n) => (
            <option key={n} value={n} disabled={shortlist.length > 0 && shortlist.length < n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <details>
        <summary>
          {t('panel.shortlist')}:{' '}
          {shortlist.length === 0 ? t('panel.shortlistAll') : t('panel.shortlistCount', { count: shortlist.length })}
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t('panel.shortlist')}</legend>
          <ul className="rank-panel__choices">
            {factors.map((f) => (
              <li key={f.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={editing.includes(f.id)}
                    onChange={() =>
                      setDraft(editing.includes(f.id) ? editing.filter((x) => x !== f.id) : [...editing, f.id])
                    }
                  />{' '}
                  {f.title[language]}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="row">
          <button
            type="button"
            className="button"
            disabled={draft === null || (draft.length > 0 && draft.length < size)}
            onClick={() => {
              if (draft) dispatch({ type: 'setRankShortlist', factorIds: draft });
              setDraft(null);
              setPick([]);
            }}
          >
            {t('panel.shortlistUse')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              dispatch({ type: 'setRankShortlist', factorIds: [] });
              setDraft(null);
              setPick([]);
            }}
          >
            {t('panel.shortlistClear')}
          </button>
          {draft !== null && draft.length > 0 && draft.length < size && (
            <span className="hint">{t('panel.shortlistTooShort', { size })}</span>
          )}
        </div>
      </details>

      {turn && turn !== 'done' && (
        <fieldset>
          <legend>{t('panel.whoPicks', { player: label(turn.player), size })}</legend>
          <ul className="rank-panel__choices">
            {choices.map((c) => {
              const at = pick.indexOf(c.id);
              return (
                <li key={c.id}>
                  <button
                    type="button"
                    className="button rank-panel__choice"
                    aria-pressed={at >= 0}
                    disabled={at < 0 && pick.length >= size}
                    onClick={() => toggle(c.id)}
                  >
                    {at >= 0 && <span className="rank-panel__number">{at + 1}. </span>}
                    {c.title[language]}
                  </button>
                </li>
              );
            })}
          </ul>
          <h3>{t('panel.picked')}</h3>
          {pick.length === 0 ? (
            <p className="hint">{t('panel.nothingPicked')}</p>
          ) : (
            <ol aria-label={t('panel.picked')}>
              {pick.map((factorId) => (
                <li key={factorId}>{titleOf(factorId)}</li>
              ))}
            </ol>
          )}
          <div className="row">
            <button
              type="button"
              className="button"
              disabled={pick.length === 0}
              onClick={() => setPick((p) => p.slice(0, -1))}
            >
              {t('panel.undo')}
            </button>
            <button type="button" className="button" disabled={pick.length !== size} onClick={record}>
              {t('panel.confirm')}
            </button>
            {pick.length < size && <span className="hint">{t('panel.needMore', { count: size - pick.length })}</span>}
          </div>
          <p className="hint">{t('panel.secret')}</p>
        </fieldset>
      )}
      {turn === 'done' && <p className="hint">{t('panel.everyone')}</p>}
      {session.answerMode === 'room' && !session.revealed && <p className="hint">{t('panel.onPhones')}</p>}
      {progress && <p role="status">{t('panel.chosen', { count: progress.answered, total: progress.expected })}</p>}
      {!session.revealed && (
        <button type="button" className="button" onClick={() => dispatch({ type: 'reveal' })}>
          {t('panel.reveal')}
        </button>
      )}
      {view?.results?.kind === 'rank' && (
        <ul aria-label={t('wall.title')}>
          {view.results.rows
            .filter((r) => r.mark !== null)
            .map((r) => (
              <li key={r.id}>
                <strong>{r.title[language]}</strong> ({t(`wall.mark.${r.mark!}`)}): {t(`prompts.${r.mark!}`)}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
