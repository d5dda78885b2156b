/** Identifiers that several places must agree on. */
export const GECKO_ID = 'vendor-lens@vendor-lens.invalid';
/** The manifest's keyboard command that opens the next mention's card. */
export const NEXT_COMMAND = 'next-mention';
/** The storage.local key counting the cards that showed the keyboard shortcut (background/shortcut-hint.ts). */
export const HINTS_SHOWN_KEY = 'shortcutHintsShown';
