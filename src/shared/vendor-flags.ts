/** Bits of the per-vendor flags the build computes (src/data/compile.ts) and the content script reads. */
export const VENDOR_FLAG = { governmentAction: 1, inForce: 2 } as const;
