/** Where the tooltip's code (ui.ts), once injected, registers itself in the content script's world. */
import type { Tooltip } from '../tooltip/tooltip.ts';

export const UI_GLOBAL = '__vendorLensUi';

export interface UiModule {
  Tooltip: typeof Tooltip;
}

export function uiModule(): UiModule | null {
  return ((globalThis as Record<string, unknown>)[UI_GLOBAL] as UiModule | undefined) ?? null;
}
