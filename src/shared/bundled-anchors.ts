/** The anchor screen's expression as bundled into the gate (src/data/vite-plugin.ts, matcher/anchors.ts). */
import anchorsModule from 'virtual:vendor-lens/anchors';

export const anchors = anchorsModule;
