import { useTranslation } from 'react-i18next';

import { Dialog } from '../../ui/dialog';
import { COMMANDS, keyLabel } from './console-commands';

/** Every console shortcut in one dialog, opened with `?`. */
export function ShortcutOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['console', 'common']);
  return (
    <Dialog open={open} onClose={onClose} className="shortcuts-dialog" labelledBy="shortcuts-title">
      {/* The heading and the close button stay in view; only the list scrolls on a low screen. */}
      <div className="shortcuts-dialog__head">
        <h2 id="shortcuts-title">{t('common:keys.title')}</h2>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common:action.close')}
        </button>
      </div>
      <div className="shortcuts-dialog__body">
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.key')}</th>
              <th scope="col">{t('shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {COMMANDS.map((command) => (
              <tr key={command.id}>
                <td>
                  {command.keys.map((key) => (
                    <kbd key={key}>{keyLabel(key)}</kbd>
                  ))}
                </td>
                <td>{t(`command.${command.id}`)}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>1</kbd>–<kbd>5</kbd>
              </td>
              <td>{t('shortcuts.weights')}</td>
            </tr>
            <tr>
              <td>
                <kbd>A</kbd> <kbd>L</kbd>
              </td>
              <td>{t('shortcuts.sides')}</td>
            </tr>
            <tr>
              <td>
                <kbd>[</kbd> <kbd>]</kbd>
              </td>
              <td>{t('shortcuts.place')}</td>
            </tr>
            <tr>
              <td>
                <kbd>K</kbd> <kbd>[</kbd> <kbd>]</kbd>
              </td>
              <td>{t('shortcuts.steps')}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
