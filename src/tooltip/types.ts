/**
 * What the content script gives a tooltip (its dependencies) and asks of it
 * (a card for a mention, and how it was opened). Types only: the content
 * script may import them without loading the tooltip's code.
 */
import type { Messages, UiLanguage } from '../shared/i18n.ts';
import type { VendorCard } from '../shared/vendor-card.ts';

export interface TooltipDeps {
  details(id: string): Promise<VendorCard | null>;
  openProfile(id: string): void;
  /** Stop marking this vendor (settings; undone from the popup or the settings page). */
  mute(id: string): void;
  /** The interface strings in the UI language (asked of the background each time a card fills in). */
  strings(): Promise<{ lang: UiLanguage; messages: Messages }>;
  /** The shortcut to show in a card opened by pointer or tap, or null (asked once per such card). */
  hint(): Promise<string | null>;
}

export interface ShowOptions {
  /** Opened from the keyboard (or the popup): focus moves into the card. */
  focus?: boolean;
  /** Opened by pointer or tap: the footer may show the keyboard shortcut. */
  pointer?: boolean;
}

export interface Anchor {
  range: AbstractRange;
  vendorId: string;
  vendorName: string;
}
