import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { WallView } from '../../domain/session/wall-view';
import { QrCode } from '../../ui/qr-code';

/**
 * The join address as a person reads and types it: without its scheme, with an escaped `:` and `/` written
 * as they are (the app reads them either way), in parts where it may wrap: after its slashes, dots, colons
 * and `=`, and before a `?` or `&`, so that a long address breaks at a sensible place inside the panel.
 */
function addressParts(joinUrl: string): string[] {
  const bare = joinUrl
    .replace(/^https?:\/\//, '')
    .replace(/%3A/gi, ':')
    .replace(/%2F/gi, '/');
  return bare.split(/(?<=[/.:=])|(?=[?&])/).filter((part) => part !== '');
}

/** More characters than about four lines of the panel hold at body size. */
const LONG_ADDRESS = 56;

/**
 * The open room at the side of the wall: a QR code of the join link, large and dark on white with its quiet
 * zone, and beside it the same in words (the address and the code) for whoever cannot scan it from afar. Drawn
 * again only when the room or its size changes, not on every move of the session.
 */
export const WallRoom = memo(function WallRoom({
  room,
  large,
}: {
  room: NonNullable<WallView['room']>;
  large: boolean;
}) {
  const { t } = useTranslation('projector');
  const title = useId();
  const parts = addressParts(room.joinUrl);
  // An address with the server's own address in it runs to many lines: a wider panel keeps the QR code large.
  const long = parts.join('').length > LONG_ADDRESS;
  return (
    <aside
      className={`wall__room${large ? ' wall__room--large' : ''}${long ? ' wall__room--long' : ''}`}
      aria-labelledby={title}
    >
      <h2 id={title} className="wall__room-title">
        {t('room.title')}
      </h2>
      <QrCode text={room.joinUrl} label={t('room.qr', { code: room.code })} size={640} />
      <p className="wall__address">
        <span className="wall__address-label">{t('room.address')}</span>{' '}
        <span className="wall__address-url">
          {parts.map((part, index) => (
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
});
