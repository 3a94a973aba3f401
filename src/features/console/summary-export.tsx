import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

import type { Side } from '../../domain/session/session-state';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { Dialog } from '../../ui/dialog';
import { downloadText } from '../../ui/download';
import { ConfirmDialog } from './confirm-dialog';
import { summariseSession, summaryToMarkdown, type SummaryLabels } from './session-summary';
import { SummaryPage } from './summary-page';
import { usePlayerLabel } from './use-player-label';

/**
 * The summary's words from the translations of the language shown; made once per language and format, not on
 * every key of the console (some forty look-ups, in the same task as the key that the wall waits for).
 */
function useSummaryLabels(format: string): SummaryLabels {
  const { t } = useTranslation(['console', 'common', 'rank']);
  return useMemo(() => summaryLabels(t, format), [t, format]);
}

function summaryLabels(t: TFunction<['console', 'common', 'rank']>, format: string): SummaryLabels {
  const letter = (side: Side) => t(side === 'a' ? 'common:card.sideA' : 'common:card.sideB');
  return {
    title: t('summary.title'),
    format: t('summary.format'),
    formatName: t(`common:format.${format}` as 'common:format.draw'),
    date: t('summary.date'),
    players: t('summary.players'),
    plan: t('summary.plan'),
    planStep: (title, step, steps) => t('summary.planStep', { title, step, steps }),
    caseCard: t('summary.caseCard'),
    decision: t('slowDown.decision'),
    cards: t('summary.cards'),
    cardsHint: t('summary.cardsHint'),
    weigh: t('common:format.weigh'),
    duel: t('common:format.dilemma-duel'),
    steps: t('common:format.slow-down'),
    notes: t('summary.notes'),
    roomNotes: t('summary.roomNotes'),
    none: t('summary.none'),
    factor: t('summary.factor'),
    side: t('summary.side'),
    sideName: (side, label) => (label ? `${letter(side)}: ${label}` : letter(side)),
    weights: t('summary.weights'),
    mean: t('summary.mean'),
    spread: t('summary.spread'),
    chosen: t('summary.chosen'),
    share: t('summary.share'),
    balance: t('summary.balance'),
    balanceOutcome: (heavier, totals) => {
      if (!heavier) return t('summary.even', { a: totals.a, b: totals.b });
      const [heavy, light] = heavier.startsWith(letter('a')) ? [totals.a, totals.b] : [totals.b, totals.a];
      return t('summary.tipsTo', { side: heavier, heavy, light });
    },
    duelCounted: t('summary.duelCounted'),
    kind: (kind) => t(`common:kind.${kind}`),
    stepName: (step) => t(`common:stepNames.${step}` as 'common:stepNames.0'),
    rounds: (before, after) => t('summary.rounds', { before, after }),
    roundMean: (round) => t('summary.roundMean', { round }),
    roundSpread: (round) => t('summary.roundSpread', { round }),
    shift: t('summary.shift'),
    ranges: (ranges) => t('summary.ranges', ranges),
    rank: t('common:format.rank'),
    rankCount: (size, voters) => `${t('rank:wall.voters', { count: voters })}. ${t('rank:wall.count', { size })}`,
    groupPlace: t('rank:summary.group'),
    studyPlace: t('rank:summary.study'),
    picked: t('rank:summary.spread'),
    difference: t('rank:summary.mark'),
    place: (place, tied) =>
      place === null
        ? t('rank:wall.notPicked')
        : tied
          ? t('rank:wall.placeTied', { place })
          : t('rank:wall.place', { place }),
    mark: (mark) => t(`rank:wall.mark.${mark}`),
  };
}

/** End the session; read, print or copy its summary to mail the group, or save it as Markdown or JSON. */
export function SummaryExport() {
  const { t } = useTranslation(['console', 'common']);
  const label = usePlayerLabel();
  const ended = useAppStore((s) => s.session!.phase === 'ended');
  const format = useAppStore((s) => s.session!.format);
  const labels = useSummaryLabels(format);
  const { closeSession } = useAppStore.getState();
  const [confirming, setConfirming] = useState(false);
  const [reading, setReading] = useState(false);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

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
      new Date(),
      deck?.cards.filter((c) => c.kind === 'factor') ?? [],
      state.planRun
        ? { title: state.planRun.plan.title, step: state.planRun.step + 1, steps: state.planRun.plan.steps.length }
        : null,
    );
  };
  const fileName = (ext: string) => `tegenwicht-sessie-${new Date().toISOString().slice(0, 10)}.${ext}`;
  const markdown = () => summaryToMarkdown(summary(), labels);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown());
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  const print = () => {
    document.documentElement.classList.add('printing-summary');
    const done = () => {
      document.documentElement.classList.remove('printing-summary');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };

  return (
    <section className="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summary.heading')}</h2>
      <div className="row">
        <button type="button" className="button" onClick={() => (setCopied(null), setReading(true))}>
          {t('summary.read')}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('summary.copy')}
        </button>
        <button type="button" className="button" onClick={() => downloadText(fileName('md'), markdown())}>
          {t('summary.markdown')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => downloadText(fileName('json'), JSON.stringify(summary(), null, 2), 'application/json')}
        >
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
      <p role="status" className="hint">
        {copied && !reading && t(`summary.${copied}`)}
      </p>
      <Dialog
        open={reading}
        onClose={() => setReading(false)}
        className="summary-dialog"
        labelledBy="summary-page-title"
      >
        <div className="row summary-dialog__actions">
          <button type="button" className="button button--primary" onClick={print}>
            {t('summary.print')}
          </button>
          <button type="button" className="button" onClick={() => void copy()}>
            {t('summary.copy')}
          </button>
          <button type="button" className="button" onClick={() => setReading(false)} data-autofocus>
            {t('common:action.close')}
          </button>
          <span role="status" className="hint">
            {copied && reading && t(`summary.${copied}`)}
          </span>
        </div>
        {reading && <SummaryPage summary={summary()} labels={labels} />}
      </Dialog>
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
