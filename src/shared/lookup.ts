/**
 * Looking up a name that was not (or not yet) marked: the popup's search box
 * and the context menu's "Look up “…”". The text goes through the same
 * matcher as pages do (vendors it names, in order); what people type in lower
 * case or in part ("kasper") is then found by the vocabulary's aliases.
 */
import { Matcher } from '../matcher/matcher.ts';
import { Flag, type Vocabulary } from '../matcher/vocabulary.ts';

/** Longest text looked up (a selection can be a whole page). */
const LOOKUP_MAX = 2000;

export class Lookup {
  private matcher: Matcher | null = null;
  constructor(private readonly voc: Vocabulary) {}

  /** Vendor ids the text names or starts to name, best first (at most `max`). */
  find(text: string, max = 8): string[] {
    const t = text.slice(0, LOOKUP_MAX).trim();
    if (!t) return [];
    this.matcher ??= new Matcher(this.voc);
    const found: number[] = this.matcher.scan(t).map((s) => s.vendor);
    if (t.length >= 2 && t.length <= 100) {
      const q = t.toLocaleLowerCase();
      const prefix: number[] = [];
      const inside: number[] = [];
      this.voc.patterns.forEach((p, i) => {
        const v = this.voc.vendorOf[i]!;
        if (v < 0 || this.voc.flags[i]! & Flag.Weak) return; // stop phrases; ambiguous words (Norton, Juniper)
        const lower = p.toLocaleLowerCase();
        if (lower.startsWith(q)) prefix.push(v);
        else if (q.length >= 3 && lower.includes(q)) inside.push(v);
      });
      this.voc.ids.forEach((id, v) => {
        if (id.startsWith(q)) prefix.push(v);
      });
      found.push(...prefix, ...inside);
    }
    return [...new Set(found)].slice(0, max).map((v) => this.voc.ids[v]!);
  }
}
