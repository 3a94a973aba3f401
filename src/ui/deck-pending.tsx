import { useTranslation } from 'react-i18next';

/** What a view shows while the deck it needs is loading, or why it could not load. */
export function DeckPending({ failed, className }: { failed: boolean; className: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className={className}>
      <p role={failed ? 'alert' : 'status'}>{failed ? t('deck.loadFailed') : t('deck.loading')}</p>
    </main>
  );
}
