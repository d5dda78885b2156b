/** Bits of the per-vendor flags the build computes (src/data/compile.ts) and the content script reads. */
export const VENDOR_FLAG = {
  governmentAction: 1,
  /** Some restriction in force (binding, advisory or reported). */
  inForce: 2,
  /** A binding restriction in force: marked more strongly. */
  binding: 4,
} as const;
