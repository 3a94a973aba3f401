import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { downloadText } from '../../ui/download';
import { ConfirmDialog } from './confirm-dialog';
import { summariseSession, summaryToMarkdown } from './session-summary';
import { usePlayerLabel } from './use-player-label';

/** End the session, export its summary as Markdown or JSON, or start anew. */
export function SummaryExport() {
  const { t } = useTranslation(['console', 'common']);
  const label = usePlayerLabel();
  const ended = useAppStore((s) => s.session!.phase === 'ended');
  const { closeSession } = useAppStore.getState();
  const [confirming, setConfirming] = useState(false);

  const summary = () => {
    const state = useAppStore.getState();
    const deck = selectActiveDeck(state);
    const byId = new Map(deck?.cards.map((c) => [c.id, c]));
    return summariseSession(
      state.session!,
      (id) => byId.get(id),
      state.facilitatorNotes,
      state.roomNotes,
      state.sessionLog.length,
      state.language,
      label,
    );
  };
  const fileName = (ext: string) => `tegenwicht-sessie-${new Date().toISOString().slice(0, 10)}.${ext}`;
  const exportMarkdown = () => {
    const s = summary();
    downloadText(
      fileName('md'),
      summaryToMarkdown(s, {
        title: t('summary.title'),
        format: t('summary.format'),
        formatName: t(`common:format.${s.format}`),
        date: t('summary.date'),
        players: t('summary.players'),
        cards: t('summary.cards'),
        weigh: t('common:format.weigh'),
        duel: t('common:format.dilemma-duel'),
        steps: t('common:format.slow-down'),
        decision: t('slowDown.decision'),
        notes: t('summary.notes'),
        roomNotes: t('summary.roomNotes'),
        none: t('summary.none'),
        sideA: t('common:card.sideA'),
        sideB: t('common:card.sideB'),
        mean: t('summary.mean'),
        spread: t('summary.spread'),
        weights: t('summary.weights'),
        stepName: (step) => t(`common:stepNames.${step}` as 'common:stepNames.0'),
      }),
    );
  };
  const exportJson = () => downloadText(fileName('json'), JSON.stringify(summary(), null, 2), 'application/json');

  return (
    <section className="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summary.heading')}</h2>
      <div className="row">
        <button type="button" className="button" onClick={exportMarkdown}>
          {t('summary.markdown')}
        </button>
        <button type="button" className="button" onClick={exportJson}>
          {t('summary.json')}
        </button>
        {!ended ? (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('summary.end')}
          </button>
        ) : (
          <button type="button" className="button" onClick={closeSession}>
            {t('summary.newSession')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('summary.endConfirm.title')}
        text={t('summary.endConfirm.text')}
        confirm={t('summary.endConfirm.confirm')}
        cancel={t('summary.endConfirm.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          dispatch({ type: 'end' });
        }}
      />
    </section>
  );
}
