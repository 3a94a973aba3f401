import { useTranslation } from 'react-i18next';

import { relayAddress } from '../sync/relay-url';

/**
 * Says that the page's address named a server for groups that this app does not use (another host than its
 * own or an allowed one, or no address at all): the console and the phone use their own server instead, so a
 * crafted join address never receives a phone's key or a console's room.
 */
export function ForeignServerNotice({ view }: { view: string }) {
  const { t } = useTranslation();
  if (view !== 'join' && view !== 'console') return null;
  const { refused } = relayAddress();
  if (!refused) return null;
  return (
    <div className="saved-data-notice" role="alert">
      <p>
        {t(refused.reason === 'malformed' ? 'foreignServer.malformed' : 'foreignServer.refused', {
          address: refused.requested,
        })}
      </p>
    </div>
  );
}
