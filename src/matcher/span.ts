/** A mention found by the matcher: code-unit offsets into the scanned text. */
export interface Span {
  start: number;
  end: number;
  /** Vendor index (-1 for a stop phrase, never returned by scan). */
  vendor: number;
  pattern: number;
  weak: boolean;
}
