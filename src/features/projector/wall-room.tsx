import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { WallView } from '../../domain/session/wall-view';
import { QrCode } from '../../ui/qr-code';

/** The join address without its scheme, in parts after its slashes and dots, where it may wrap. */
function addressParts(joinUrl: string): string[] {
  const bare = joinUrl.replace(/^https?:\/\//, '');
  return bare.split(/(?<=[/.])/);
}

/**
 * The open room at the side of the wall: a QR code of the join link, large and dark on white with its quiet
 * zone, and beside it the same in words (the address and the code) for whoever cannot scan it from afar.
 */
export function WallRoom({ room, large }: { room: NonNullable<WallView['room']>; large: boolean }) {
  const { t } = useTranslation('projector');
  const title = useId();
  return (
    <aside className={`wall__room${large ? ' wall__room--large' : ''}`} aria-labelledby={title}>
      <h2 id={title} className="wall__room-title">
        {t('room.title')}
      </h2>
      <QrCode text={room.joinUrl} label={t('room.qr', { code: room.code })} size={640} />
      <p className="wall__address">
        <span className="wall__address-label">{t('room.address')}</span>{' '}
        <span className="wall__address-url">
          {addressParts(room.joinUrl).map((part, index) => (
            <span key={index}>
              {part}
              <wbr />
            </span>
          ))}
        </span>
      </p>
      <p className="wall__code">
        <span>{t('room.code')}</span> <strong>{room.code}</strong>
      </p>
    </aside>
  );
}
