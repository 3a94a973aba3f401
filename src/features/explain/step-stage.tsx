import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CLUSTERS, type Cluster } from '../../domain/deck-constants';
import type { Deck, FactorCard, StepCard } from '../../domain/deck-schema';
import { MAX_NOTE_CHARS, setFactorNote, setInfluence, toggleFactor, type Walk } from '../../domain/explain-walk';
import { useAppStore } from '../../state/store';

/** One step of the weighing model: its card, the factors to choose from, and the ones chosen here. */
export function StepStage({ walk, deck, step }: { walk: Walk; deck: Deck; step: number }) {
  const { t } = useTranslation(['explain', 'common']);
  const language = useAppStore((s) => s.language);
  const changeWalk = useAppStore((s) => s.changeWalk);
  const [query, setQuery] = useState('');
  const [cluster, setCluster] = useState<Cluster | ''>('');
  const searchId = useId();
  const clusterId = useId();
  const stepCard = deck.cards.find((card): card is StepCard => card.kind === 'step' && card.step === step);
  const factors = deck.cards.filter((card): card is FactorCard => card.kind === 'factor');
  const chosen = walk.steps[step] ?? [];
  const chosenIds = new Set(chosen.map((f) => f.cardId));
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = factors.filter(
    (card) =>
      (cluster === '' || card.cluster === cluster) &&
      words.every((word) => `${card.title[language]} ${card.text[language]}`.toLowerCase().includes(word)),
  );
  const change = (fn: (w: Walk, now: number) => Walk) => changeWalk(walk.id, fn);

  return (
    <div className="explain__step">
      {stepCard ? (
        <div className="explain__step-card">
          <p>{stepCard.text[language]}</p>
          <h3 className="section-title">{t('step.questions')}</h3>
          <ul>
            {stepCard.questions.map((q, i) => (
              <li key={i}>{q[language]}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="hint">{t('step.missing', { step })}</p>
      )}

      <section className="explain__chosen" aria-labelledby={`chosen-${step}`}>
        <h3 id={`chosen-${step}`} className="section-title">
          {t('chosen.title')}
        </h3>
        {chosen.length === 0 ? (
          <p className="hint">{t('chosen.empty')}</p>
        ) : (
          <ul className="explain__chosen-list">
            {chosen.map((f) => {
              const card = factors.find((c) => c.id === f.cardId);
              if (!card) return null;
              const title = card.title[language];
              return (
                <li key={f.cardId} className="explain__chosen-item">
                  <p className="explain__chosen-title">{title}</p>
                  <label className="explain__check">
                    <input
                      type="checkbox"
                      checked={f.clientCanInfluence}
                      onChange={(e) => change((w, now) => setInfluence(w, step, f.cardId, e.target.checked, now))}
                    />
                    {t('chosen.influence')} <span className="visually-hidden">({title})</span>
                  </label>
                  <label className="explain__note">
                    <span>
                      {t('chosen.note')} <span className="visually-hidden">({title})</span>
                    </span>
                    <input
                      type="text"
                      maxLength={MAX_NOTE_CHARS}
                      value={f.note}
                      onChange={(e) => change((w, now) => setFactorNote(w, step, f.cardId, e.target.value, now))}
                    />
                  </label>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => change((w, now) => toggleFactor(w, step, f.cardId, now))}
                  >
                    {t('chosen.remove')} <span className="visually-hidden">({title})</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <fieldset className="explain__picker">
        <legend>{t('picker.legend')}</legend>
        <div className="row">
          <div className="field">
            <label htmlFor={searchId}>{t('picker.search')}</label>
            <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={clusterId}>{t('picker.cluster')}</label>
            <select id={clusterId} value={cluster} onChange={(e) => setCluster(e.target.value as Cluster | '')}>
              <option value="">{t('picker.allClusters')}</option>
              {CLUSTERS.map((c) => (
                <option key={c} value={c}>
                  {t(`common:cluster.${c}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="hint" role="status">
          {shown.length === 0 ? t('picker.none') : t('picker.count', { count: shown.length })}
        </p>
        <ul className="explain__factors">
          {shown.map((card) => (
            <li key={card.id}>
              <label className="explain__check">
                <input
                  type="checkbox"
                  checked={chosenIds.has(card.id)}
                  onChange={() => change((w, now) => toggleFactor(w, step, card.id, now))}
                />
                {card.title[language]}
                <span className="explain__cluster"> · {t(`common:cluster.${card.cluster}`)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
