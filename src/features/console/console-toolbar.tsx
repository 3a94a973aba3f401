import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { currentCardId } from '../../domain/deal';
import { useAppStore } from '../../state/store';
import { COMMANDS, keyLabel, type CommandId } from './console-commands';
import { PlanBar } from './plan-bar';

const keysOf = (id: CommandId) => COMMANDS.find((c) => c.id === id)!.keys;

/** The console's main buttons, each with its shortcut key shown and announced. */
export function ConsoleToolbar({ onRun }: { onRun: (id: CommandId) => void }) {
  const { t } = useTranslation(['console', 'common']);
  const { hasCard, wall, revealed, format, phase } = useAppStore(
    useShallow((s) => ({
      hasCard: s.session?.deal ? currentCardId(s.session.deal) !== null : false,
      wall: s.session?.wall,
      revealed: s.session?.revealed,
      format: s.session?.format,
      phase: s.session?.phase,
    })),
  );
  const button = (id: CommandId, options: { pressed?: boolean; disabled?: boolean; primary?: boolean } = {}) => {
    const keys = keysOf(id);
    return (
      <button
        type="button"
        className={`button${options.primary ? ' button--primary' : ''}`}
        onClick={() => onRun(id)}
        disabled={options.disabled}
        aria-pressed={options.pressed}
        aria-keyshortcuts={keys.join(' ')}
      >
        {t(`command.${id}`)} <kbd aria-hidden="true">{keyLabel(keys[0]!)}</kbd>
      </button>
    );
  };
  return (
    <div className="console-toolbar">
      <p className="console-toolbar__status" role="status">
        {t(`common:format.${format!}`)} · {t(`phase.${phase!}`)}
        {wall === 'blank' && ` · ${t('wall.blank')}`}
        {wall === 'hold' && ` · ${t('wall.hold')}`}
      </p>
      <PlanBar />
      <div className="row" role="toolbar" aria-label={t('toolbar')}>
        {button('deal', { primary: true })}
        {button('pick')}
        {button('next')}
        {button('back', { disabled: !hasCard })}
        {button('flip', { disabled: !hasCard })}
        {button('discard', { disabled: !hasCard })}
        {button('shuffle')}
        {button('blank', { pressed: wall === 'blank' })}
        {button('hold', { pressed: wall === 'hold' })}
        {button('reveal', { pressed: revealed })}
        {button('openProjector')}
        {button('help')}
      </div>
    </div>
  );
}
