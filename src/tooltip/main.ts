/**
 * The tooltip's code (rendering, styles, positioning), built as a script of
 * its own. It is not part of the content script every page loads: the
 * background injects it into a frame's content-script world when a tooltip
 * is first about to open there (tooltip-loader.ts), and it registers itself.
 */
import { Tooltip } from './tooltip.ts';
import { UI_GLOBAL, type UiModule } from '../shared/tooltip-contract.ts';

const scope = globalThis as Record<string, unknown>;
scope[UI_GLOBAL] ??= { Tooltip } satisfies UiModule;
