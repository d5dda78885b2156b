/**
 * Named limits in one place (timeouts, budgets, caps). Each is its own
 * constant, so a bundle holds only those it uses and its minifier can inline
 * them (the scanner's size is budgeted).
 */

/** Longest slice of scanning work per task, in ms (a frame is 16 ms). */
export const SLICE_BUDGET_MS = 8;
/** Longest run of slices back to back, in ms: less than a frame, leaving room for a step that overruns its slice. Past it, the next slice waits for the next idle period. */
export const STREAK_MS = 13;
/** Mentions kept per document; beyond it the oldest give way to the newest (chats, endless feeds). */
export const MAX_MENTIONS = 5000;
/**
 * Mentions marked in one segment (a block's run of text), its first ones: a
 * block naming vendors more often than this is a list or a flood, and its
 * cost (a mark is a range, a highlight and its bookkeeping) stays bounded.
 */
export const MAX_SEGMENT_MENTIONS = 1000;
/** Roots (changed blocks, shadow roots) waiting for a scan; past it the document is rescanned once instead. */
export const MAX_QUEUED_ROOTS = 2000;
/** Mutation records handled one by one per batch; a bigger batch makes the document be rescanned once. */
export const MAX_MUTATION_RECORDS = 20_000;
/** Delay before a hovered mention opens its tooltip, in ms. */
export const HOVER_OPEN_DELAY_MS = 300;
/** A touch that moves further than this between down and up is a scroll, not a tap, in CSS px. */
export const TAP_SLOP_PX = 10;
/** Grace period for the pointer to travel between mention and tooltip, in ms. */
export const HOVER_CLOSE_DELAY_MS = 400;
/**
 * The search for open shadow roots after a root's text is read (prefilter.ts
 * `shadowHostCandidates`). Visiting each element from script costs about as
 * much as reading the whole text and fills the heap with wrappers, so it is
 * bounded: every element is checked in roots of up to FULL_SHADOW_SEARCH_MAX
 * elements; only custom elements (one native XPath query) up to
 * CUSTOM_SHADOW_SEARCH_MAX elements; none in bigger roots, or roots with more
 * than SHADOW_SEARCH_MAX_TEXT code units of text (counting is skipped there).
 * The count and the query are one native call each that cannot be split:
 * 10–14 ms and 21–35 ms on 73,000–100,000 elements (the WHATWG spec, 1.9
 * million code units of text; 100,000 inline elements, 1.4 million), each
 * longer than a frame. Past a million code units, shadow roots are met only
 * by the block walks around hits and the rescans of changed content.
 */
export const FULL_SHADOW_SEARCH_MAX = 20_000;
export const CUSTOM_SHADOW_SEARCH_MAX = 150_000;
export const SHADOW_SEARCH_MAX_TEXT = 1_000_000;
/** Longest wait for a frame before the page's theme is read and the first marks are shown, in ms. */
export const THEME_READ_MAX_MS = 200;
/** How often our highlights are compared with our own ranges (a page may add to them or replace them), in ms. */
export const HIGHLIGHT_CHECK_MS = 500;
/** Frames whose counts the background keeps per tab (a page that adds frames forever). */
export const MAX_FRAMES_PER_TAB = 64;
/** Profile tabs a tab may open: one per this many ms. */
export const PROFILE_INTERVAL_MS = 2000;
/** Debounce for count reports to the background, in ms. */
export const COUNT_REPORT_DELAY_MS = 250;
/** Cards opened by pointer or tap that show the keyboard shortcut in their footer, then never again. */
export const SHORTCUT_HINT_CARDS = 3;
