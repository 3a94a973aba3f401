import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useAppStore } from '../../state/store';

/** The facilitator's own notes: kept on this device, in the summary, never on the wall. */
export function FacilitatorNotes() {
  const { t } = useTranslation('console');
  const id = useId();
  const notes = useAppStore((s) => s.facilitatorNotes);
  const setNotes = useAppStore((s) => s.setFacilitatorNotes);
  return (
    <section className="panel">
      <div className="field">
        <label htmlFor={id}>{t('notes.label')}</label>
        <textarea id={id} rows={5} maxLength={20_000} value={notes} onChange={(e) => setNotes(e.target.value)} />
        <p className="hint">{t('notes.hint')}</p>
      </div>
    </section>
  );
}
