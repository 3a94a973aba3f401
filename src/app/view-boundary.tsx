import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { notesToMarkdown } from '../features/solo/notes-markdown';
import { selectActiveDeck } from '../state/deck-slice';
import { resetSavedData } from '../state/persistence';
import { useAppStore } from '../state/store';
import { downloadText } from '../ui/download';
import { homeHref } from '../ui/view-links';

/**
 * Catches what a view throws, so one broken part never blanks the app: the person can try again, keep
 * their notes as a file, or reset what this device saved (the notes stay).
 */
export class ViewBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error('A view failed', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <ViewError onRetry={() => this.setState({ error: null })} />;
  }
}

function ViewError({ onRetry }: { onRetry: () => void }) {
  const { t, i18n } = useTranslation(['common', 'solo']);
  const hasNotes = useAppStore((s) => Object.keys(s.notes).length > 0);

  const exportNotes = () => {
    const state = useAppStore.getState();
    const date = new Date();
    const markdown = notesToMarkdown(
      state.notes,
      selectActiveDeck(state)?.cards ?? [],
      state.history.map((h) => h.cardId),
      state.language,
      {
        heading: t('solo:export.heading'),
        exported: t('solo:export.exported', { date: date.toLocaleString(i18n.language) }),
        questions: t('common:card.questions'),
        note: t('solo:export.note'),
        kind: (card) => t(`common:kind.${card.kind}`),
      },
    );
    downloadText(`tegenwicht-notities-${date.toISOString().slice(0, 10)}.md`, markdown);
  };
  const reset = () => {
    if (!window.confirm(t('viewError.confirmReset'))) return;
    resetSavedData(localStorage, { keepNotes: true });
    window.location.hash = homeHref;
    window.location.reload();
  };

  return (
    <main id="main" className="view-error" tabIndex={-1}>
      <h1>{t('viewError.title')}</h1>
      <p>{t('viewError.body')}</p>
      <p className="view-error__actions">
        <button type="button" onClick={onRetry}>
          {t('viewError.retry')}
        </button>
        {hasNotes && (
          <button type="button" onClick={exportNotes}>
            {t('viewError.exportNotes')}
          </button>
        )}
        <button type="button" onClick={reset}>
          {t('viewError.reset')}
        </button>
      </p>
      <p className="hint">{t('viewError.resetKeeps')}</p>
    </main>
  );
}
