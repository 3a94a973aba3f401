import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useAppStore } from '../../state/store';

/** The private note on the card on the table; saved on the device as it is typed, and says so. */
export function NoteEditor({ cardId, cardTitle }: { cardId: string; cardTitle: string }) {
  const { t } = useTranslation(['solo', 'common']);
  const id = useId();
  const note = useAppStore((s) => s.notes[cardId] ?? '');
  const setNote = useAppStore((s) => s.setNote);
  const [edited, setEdited] = useState(false);
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
        onChange={(event) => {
          setNote(cardId, event.target.value);
          setEdited(true);
        }}
      />
      <div className="note__footer">
        <p id={`${id}-hint`} className="hint">
          {t('note.hint')}
        </p>
        <p role="status" className="note__saved">
          {edited && (
            <>
              <span aria-hidden="true">✓ </span>
              {t('note.saved')}
            </>
          )}
        </p>
      </div>
    </div>
  );
}
