import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { deckVersion } from '../../domain/share-link';
import {
  fitPlan,
  planFileName,
  planFileText,
  planHash,
  planMinutes,
  type PlanContent,
  type SavedPlan,
} from '../../domain/session-plan';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { CopyAddress } from '../../ui/copy-address';
import { downloadText } from '../../ui/download';
import { PlanEditor } from './plan-editor';
import { keepPlan, offerPlanFile, runPlanStep } from './plan-run';
import { PlanSteps } from './plan-steps';
import './plans.css';

/** Runs a kept plan; one made with another version of the deck first says so, as a shared one does. */
function start(plan: SavedPlan) {
  const deck = selectActiveDeck(useAppStore.getState());
  if (!deck) return;
  const fit = fitPlan(plan, deck);
  if (fit.type === 'fits') runPlanStep(plan, 0);
  else {
    useAppStore.getState().setPlanOffer({ type: 'received', plan, fit, kept: true });
    window.scrollTo?.(0, 0);
  }
}

function SavedPlanItem({ plan, onEdit, onDelete }: { plan: SavedPlan; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation('plan');
  const id = useId();
  const hash = planHash(plan);
  return (
    <li className="plan-shelf__item">
      <section aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{plan.title}</h3>
        <p className="hint">{t('shelf.summary', { count: plan.steps.length, minutes: planMinutes(plan) })}</p>
        <PlanSteps plan={plan} />
        <div className="row">
          <button type="button" className="button button--primary" onClick={() => start(plan)}>
            {t('shelf.run')}
          </button>
          <button type="button" className="button" onClick={onEdit}>
            {t('shelf.edit')}
          </button>
          {hash.ok ? (
            <CopyAddress hash={hash.value} label={t('shelf.copy')} />
          ) : (
            <p className="hint">{t('shelf.tooLong')}</p>
          )}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadText(planFileName(plan), planFileText(plan), 'application/json')}
          >
            {t('shelf.download')}
          </button>
          <button type="button" className="button button--secondary" onClick={onDelete}>
            {t('shelf.delete')}
          </button>
        </div>
      </section>
    </li>
  );
}

/**
 * Draaiboeken on the console's start screen: the plans kept on this device (start, edit, share as an address
 * or a file, delete with a way back), a new plan, and a plan opened from a file.
 */
export function PlanShelf() {
  const { t } = useTranslation('plan');
  const id = useId();
  const plans = useAppStore((s) => s.plans);
  const deck = useAppStore(selectActiveDeck);
  const [editing, setEditing] = useState<{ plan: PlanContent; id: string | null } | null>(null);
  const [deleted, setDeleted] = useState<SavedPlan | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (!deck) return null;
  const blank = (): PlanContent => ({
    title: t('editor.defaultName'),
    deckVersion: deckVersion(deck),
    steps: [{ format: 'draw', minutes: 15, cardIds: [] }],
  });
  return (
    <section className="plan-shelf" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('shelf.title')}</h2>
      <p className="hint">{t('shelf.intro')}</p>
      {editing ? (
        <PlanEditor
          initial={editing.plan}
          isNew={editing.id === null}
          onCancel={() => setEditing(null)}
          onSave={(plan) => {
            // A plan saved here is made with the deck loaded here.
            const kept = keepPlan({ ...plan, deckVersion: deckVersion(deck) }, editing.id);
            setSaved(kept.title);
            setEditing(null);
          }}
        />
      ) : (
        <>
          {plans.length === 0 ? (
            <p>{t('shelf.none')}</p>
          ) : (
            <ul className="plan-shelf__list" aria-label={t('shelf.list')}>
              {plans.map((plan) => (
                <SavedPlanItem
                  key={plan.id}
                  plan={plan}
                  onEdit={() => {
                    setSaved(null);
                    setEditing({ plan, id: plan.id });
                  }}
                  onDelete={() => {
                    useAppStore.getState().deletePlan(plan.id);
                    setDeleted(plan);
                    setSaved(null);
                  }}
                />
              ))}
            </ul>
          )}
          <div className="row">
            <button
              type="button"
              className="button"
              onClick={() => {
                setSaved(null);
                setEditing({ plan: blank(), id: null });
              }}
            >
              {t('shelf.new')}
            </button>
            {/* The browser's own file button speaks the browser's language: the label is the button here. */}
            <span className="plan-shelf__file">
              <input
                id={`${id}-file`}
                type="file"
                accept=".json,application/json"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void offerPlanFile(file);
                }}
              />
              <label htmlFor={`${id}-file`} className="button">
                {t('shelf.openFile')}
              </label>
            </span>
          </div>
        </>
      )}
      <div role="status" className="hint">
        {saved && t('editor.saved', { title: saved })}
        {deleted && !saved && (
          <>
            {t('shelf.deleted', { title: deleted.title })}{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                useAppStore.getState().savePlan(deleted);
                setDeleted(null);
              }}
            >
              {t('shelf.undo')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
