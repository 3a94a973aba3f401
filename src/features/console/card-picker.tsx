import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { CARD_KINDS, CLUSTERS, type CardKind, type Cluster } from '../../domain/deck-constants';
import type { Card } from '../../domain/deck-schema';
import { placementsOf, type Placement } from '../../domain/session/play-rules';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { CardFace } from '../../ui/card-face';
import { Dialog } from '../../ui/dialog';
import { ANY_QUERY, searchCards, type CardQuery } from './card-search';
import { shuffleWith } from './console-commands';

interface Target {
  id: string;
  label: string;
  action: Placement;
}

/** The places the domain allows for the card (see `placementsOf`), each with its words on the button. */
function useTargets(card: Card | undefined): Target[] {
  const { t } = useTranslation(['console', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const session = useAppStore((s) => s.session!);
  const language = useAppStore((s) => s.language);
  if (!card) return [];
  const caseCard = session.caseCardId ? deck?.cards.find((c) => c.id === session.caseCardId) : undefined;
  const side = (index: 0 | 1) => {
    const letter = t(index === 0 ? 'common:card.sideA' : 'common:card.sideB');
    return caseCard?.kind === 'dilemma' ? `${letter} (${caseCard.sides[index].label[language]})` : letter;
  };
  const label = (action: Placement) => {
    switch (action.type) {
      case 'playCard':
        return action.asCase ? t('picker.asCase') : t('picker.play');
      case 'placeFactor':
        return t('picker.onSide', { side: side(action.side === 'a' ? 0 : 1) });
      case 'attachFactor':
        return t('picker.attach', {
          step: action.step,
          name: t(`common:stepNames.${action.step}` as 'common:stepNames.0'),
        });
    }
  };
  return placementsOf(session, card).map((action) => ({
    id:
      action.type === 'placeFactor'
        ? `side-${action.side}`
        : action.type === 'playCard' && action.asCase
          ? 'case'
          : action.type,
    label: label(action),
    action,
  }));
}

/**
 * Kaart kiezen: search the deck by words, kind, cluster or top-15 rank and put the card the group names
 * where it belongs, in one action. Browsing stays on the console; only a card put down is played.
 */
export function CardPicker({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['console', 'common']);
  const id = useId();
  const search = useRef<HTMLInputElement>(null);
  const deck = useAppStore(selectActiveDeck);
  const language = useAppStore((s) => s.language);
  const [query, setQuery] = useState<CardQuery>(ANY_QUERY);
  const [active, setActive] = useState(0);
  const found = useMemo(() => searchCards(deck?.cards ?? [], query, language), [deck, query, language]);
  const card = found[Math.min(active, found.length - 1)];
  const targets = useTargets(card);

  // Each opening starts from the whole deck.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setQuery(ANY_QUERY);
      setActive(0);
    }
  }
  useEffect(() => {
    document.getElementById(`${id}-option-${card?.id}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [id, card?.id]);

  const change = (next: Partial<CardQuery>) => {
    setQuery((q) => ({ ...q, ...next }));
    setActive(0);
  };
  const put = (target: Target) => {
    // A card chosen before the first draw needs a deck behind it, so that Volgende draws on from there.
    const session = useAppStore.getState().session;
    if (target.action.type === 'playCard' && session && !session.deal) shuffleWith(session.filter);
    dispatch(target.action);
    onClose();
  };
  const onListKey = (event: KeyboardEvent<HTMLElement>) => {
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 }[event.key];
    if (move !== undefined && found.length > 0) {
      event.preventDefault();
      setActive((a) => Math.max(0, Math.min(found.length - 1, Math.min(a, found.length - 1) + move)));
    } else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'Enter' && targets[0]) {
      event.preventDefault();
      put(targets[0]);
    }
  };
  const kindLabel = (c: Card) =>
    c.kind === 'step' ? t('common:card.step', { step: c.step }) : t(`common:kind.${c.kind}`);

  return (
    // The dialog keeps the console's own keys (weights, sides, next) from firing while the trainer browses here.
    <Dialog open={open} onClose={onClose} className="picker" labelledBy={`${id}-title`} describedBy={`${id}-private`}>
      {/* Closed, the picker holds nothing: what was browsed is not left in the page. */}
      {open && (
        <>
          <div className="picker__head">
            <h2 id={`${id}-title`}>{t('picker.title')}</h2>
            <button type="button" className="button" onClick={onClose}>
              {t('common:action.close')}
            </button>
          </div>
          <p id={`${id}-private`} className="hint picker__private">
            {t('picker.private')}
          </p>
          <div className="picker__filters">
            <div className="field picker__search">
              <label htmlFor={`${id}-q`}>{t('picker.search')}</label>
              <input
                ref={search}
                data-autofocus
                id={`${id}-q`}
                type="search"
                role="combobox"
                aria-expanded="true"
                aria-controls={`${id}-list`}
                aria-autocomplete="list"
                aria-activedescendant={card ? `${id}-option-${card.id}` : undefined}
                autoComplete="off"
                spellCheck={false}
                value={query.words}
                onChange={(e) => change({ words: e.target.value })}
                onKeyDown={onListKey}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-kind`}>{t('picker.kind')}</label>
              <select
                id={`${id}-kind`}
                value={query.kind ?? ''}
                onChange={(e) => change({ kind: (e.target.value || null) as CardKind | null })}
              >
                <option value="">{t('picker.anyKind')}</option>
                {CARD_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`common:kindPlural.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-cluster`}>{t('picker.cluster')}</label>
              <select
                id={`${id}-cluster`}
                value={query.cluster ?? ''}
                onChange={(e) => change({ cluster: (e.target.value || null) as Cluster | null })}
              >
                <option value="">{t('picker.anyCluster')}</option>
                {CLUSTERS.map((cluster) => (
                  <option key={cluster} value={cluster}>
                    {t(`common:cluster.${cluster}`)}
                  </option>
                ))}
              </select>
            </div>
            <label className="picker__top">
              <input type="checkbox" checked={query.top15} onChange={(e) => change({ top15: e.target.checked })} />{' '}
              {t('picker.top15')}
            </label>
          </div>
          <p role="status" className="picker__count">
            {found.length ? t('picker.count', { count: found.length }) : t('picker.none')}
          </p>
          <div className="picker__body">
            <ul
              id={`${id}-list`}
              role="listbox"
              aria-label={t('picker.list')}
              aria-activedescendant={card ? `${id}-option-${card.id}` : undefined}
              className="picker__list"
              tabIndex={0}
              onKeyDown={onListKey}
            >
              {found.map((c) => (
                <li
                  key={c.id}
                  id={`${id}-option-${c.id}`}
                  role="option"
                  aria-selected={c === card}
                  className="picker__option"
                  onClick={() => {
                    setActive(found.indexOf(c));
                    search.current?.focus();
                  }}
                  onDoubleClick={() => {
                    const first = targets[0];
                    if (c === card && first) put(first);
                  }}
                >
                  <span className="picker__kind">{kindLabel(c)}</span>
                  <span className="picker__name">{c.title[language]}</span>
                  {c.kind === 'factor' && (
                    <span className="picker__meta">
                      {t(`common:cluster.${c.cluster}`)}
                      {c.rank !== undefined && ` · ${t('common:card.rank', { rank: c.rank })}`}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {card && (
              <div className="picker__preview">
                <div
                  className="row picker__targets"
                  role="group"
                  aria-label={t('picker.targets', { title: card.title[language] })}
                >
                  {targets.map((target, index) => (
                    <button
                      key={target.id}
                      type="button"
                      className={`button${index === 0 ? ' button--primary' : ''}`}
                      onClick={() => put(target)}
                    >
                      {target.label}
                      {index === 0 && <kbd aria-hidden="true">Enter</kbd>}
                    </button>
                  ))}
                </div>
                <div className="picker__card" tabIndex={0} role="region" aria-label={t('picker.preview')}>
                  <CardFace card={card} language={language} />
                </div>
              </div>
            )}
          </div>
        </>
      )}
    </Dialog>
  );
}
