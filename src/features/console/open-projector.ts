import { projectorHref } from '../../ui/view-links';
import { useAppStore } from '../../state/store';

/** Opens (or brings forward) the projector window for the session. */
export function openProjector(): Window | null {
  const session = useAppStore.getState().session;
  if (!session) return null;
  const url = new URL(projectorHref(session.sessionId), window.location.href);
  return window.open(url.toString(), 'tegenwicht-projector', 'popup=yes,width=1280,height=720');
}
