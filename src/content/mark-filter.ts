/**
 * Which mentions are marked (the marking settings): every mention, the first
 * of each vendor, or none (then the keyboard command and the popup still
 * reach them); any vendor, those with a government action, or those with a
 * restriction in force; never a muted vendor. Hover opens a card only on a
 * marked mention; the keyboard visits every mention of a vendor not muted.
 */
import { vendorFlags } from '../shared/bundled-flags.ts';
import { VENDOR_FLAG } from '../shared/vendor-flags.ts';
import type { PageSettings } from '../shared/page-settings.ts';
import type { Mention } from './mentions.ts';

export type MarkSettings = Pick<PageSettings, 'markMode' | 'markWhich' | 'muted'>;

export const markKey = (s: MarkSettings) => JSON.stringify([s.markMode, s.markWhich, s.muted]);

export class MarkFilter {
  private readonly mutedIdx: Set<number>;
  private readonly marked = new WeakSet<StaticRange>();
  private readonly firstOf = new Map<number, StaticRange>();

  constructor(
    private readonly s: MarkSettings,
    ids: readonly string[],
  ) {
    const muted = new Set(s.muted);
    this.mutedIdx = new Set(ids.flatMap((id, i) => (muted.has(id) ? [i] : [])));
  }

  /** Whether the keyboard and the popup offer this mention. */
  reachable(m: Mention): boolean {
    return !this.mutedIdx.has(m.vendor);
  }

  private wanted(vendor: number): boolean {
    if (this.mutedIdx.has(vendor)) return false;
    const f = vendorFlags[vendor] ?? 0;
    if (this.s.markWhich === 'government') return (f & VENDOR_FLAG.governmentAction) !== 0;
    if (this.s.markWhich === 'in-force') return (f & VENDOR_FLAG.inForce) !== 0;
    return true;
  }

  /** Called for each new mention: whether to mark it. */
  admit(m: Mention): boolean {
    if (this.s.markMode === 'none' || !this.wanted(m.vendor)) return false;
    if (this.s.markMode === 'first') {
      if (this.firstOf.has(m.vendor)) return false;
      this.firstOf.set(m.vendor, m.range);
    }
    this.marked.add(m.range);
    return true;
  }

  /** A mention left the page: in "first" mode the vendor's next new mention may be marked. */
  removed(m: Mention): void {
    if (this.firstOf.get(m.vendor) === m.range) this.firstOf.delete(m.vendor);
  }

  /** Whether hover may open this mention's card (with the default settings, every mention). */
  isMarked(m: Mention): boolean {
    if (this.s.markMode === 'all' && this.s.markWhich === 'any' && !this.mutedIdx.size) return true;
    return this.marked.has(m.range);
  }
}
