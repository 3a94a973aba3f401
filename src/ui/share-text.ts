/** How a text left the page: copied, handed to the device's share sheet, or neither (the user copies by hand). */
export type ShareOutcome = 'copied' | 'shared' | 'cancelled' | 'failed';

/** Copies text to the clipboard; nothing leaves the device. */
export async function copyText(text: string): Promise<ShareOutcome> {
  try {
    if (!navigator.clipboard?.writeText) return 'failed';
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Whether the browser has a share sheet (phones mostly); only then is a share button shown. */
export function canShare(): boolean {
  return typeof navigator.share === 'function';
}

/** Hands text to the device's share sheet, where the user chooses an app; the app itself sends nothing. */
export async function shareText(title: string, text: string): Promise<ShareOutcome> {
  try {
    await navigator.share({ title, text });
    return 'shared';
  } catch (error) {
    return (error as Error).name === 'AbortError' ? 'cancelled' : 'failed';
  }
}

/** The full address of a hash in this app, wherever it is served from. */
export function addressOf(hash: string): string {
  return `${window.location.origin}${window.location.pathname}${window.location.search}${hash}`;
}
