/** Per-vendor flags as bundled into the content script (src/data/compile.ts `vendorFlagsOf`, vocabulary order). */
import flagsModule from 'virtual:vendor-lens/flags';

export const vendorFlags = flagsModule;
