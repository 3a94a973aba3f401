import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useAppStore } from '../../state/store';

/** The private note on the card on the table; saved on the device as it is typed. */
export function NoteEditor({ cardId, cardTitle }: { cardId: string; cardTitle: string }) {
  const { t } = useTranslation(['solo', 'common']);
  const id = useId();
  const note = useAppStore((s) => s.notes[cardId] ?? '');
  const setNote = useAppStore((s) => s.setNote);
  return (
    <div className="field note">
      <label htmlFor={id}>
        {t('note.label')} <span className="visually-hidden">({cardTitle})</span>
      </label>
      <textarea
        id={id}
        rows={4}
        maxLength={5000}
        value={note}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setNote(cardId, event.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {t('note.hint')}
      </p>
    </div>
  );
}
