/** Links between views. Views live in the hash, so they work on any static host and from any sub-path. */
export const soloHref = '#/solo';
export const consoleHref = '#/console';
export const projectorHref = (sessionId: string) => `#/projector?session=${encodeURIComponent(sessionId)}`;
export const joinHref = (code: string) => `#/join/${encodeURIComponent(code)}`;
export const printHref = '#/print';
export const homeHref = '#/';
export const joinStartHref = '#/join';
export const guideHref = '#/guide';
export const aboutHref = '#/about';
export const explainHref = '#/explain';
export const walkHref = (walkId: string) => `#/explain/${encodeURIComponent(walkId)}`;
