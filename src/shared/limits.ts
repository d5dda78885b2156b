/** Named limits in one place (timeouts, budgets, caps). */
export const LIMITS = {
  /** Longest slice of scanning work per task, in ms (a frame is 16 ms). */
  sliceBudgetMs: 8,
  /** Mentions kept per document; beyond it the oldest give way to the newest (chats, endless feeds). */
  maxMentions: 5000,
  /** Roots (changed blocks, shadow roots) waiting for a scan; past it the document is rescanned once instead. */
  maxQueuedRoots: 2000,
  /** Mutation records handled one by one per batch; a bigger batch makes the document be rescanned once. */
  maxMutationRecords: 20_000,
  /** Delay before a hovered mention opens its tooltip, in ms. */
  hoverOpenDelayMs: 300,
  /** A touch that moves further than this between down and up is a scroll, not a tap, in CSS px. */
  tapSlopPx: 10,
  /** Grace period for the pointer to travel between mention and tooltip, in ms. */
  hoverCloseDelayMs: 400,
  /** Items per section shown in the tooltip before "more in the profile". */
  tooltipItemsPerSection: 30,
  /** Vendor responses shown in the tooltip: the standing position, else the newest. */
  tooltipResponses: 1,
  /**
   * The search for open shadow roots after a root's text is read (prefilter.ts
   * `shadowHostCandidates`). Visiting each element from script costs about as
   * much as reading the whole text and fills the heap with wrappers, so it is
   * bounded: every element is checked in roots of up to `fullShadowSearchMax`
   * elements; only custom elements (one native XPath query) up to
   * `customShadowSearchMax` elements; none in bigger roots, or roots with more
   * than `shadowSearchMaxText` code units of text (counting is skipped there).
   */
  fullShadowSearchMax: 20_000,
  customShadowSearchMax: 150_000,
  shadowSearchMaxText: 4_000_000,
  /** Longest wait for a frame before the page's theme is read and the first marks are shown, in ms. */
  themeReadMaxMs: 200,
  /** How often our highlights are compared with our own ranges (a page may add to them or replace them), in ms. */
  highlightCheckMs: 500,
  /** Frames whose counts the background keeps per tab (a page that adds frames forever). */
  maxFramesPerTab: 64,
  /** Profile tabs a tab may open: one per this many ms. */
  profileIntervalMs: 2000,
  /** Debounce for count reports to the background, in ms. */
  countReportDelayMs: 250,
  /** Cards opened by pointer or tap that show the keyboard shortcut in their footer, then never again. */
  shortcutHintCards: 3,
} as const;
