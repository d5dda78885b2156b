/**
 * Scores one labelled document against what the scanner found (rules in
 * eval.ts): counts per vendor, the traps hit, and — for reading, not for the
 * numbers — which found mentions look wrong and which labels were missed.
 */
import type { FoundMention, ScannedText } from '../page-text/scan-text.ts';
import { locate, overlaps, Squeezed, type DocLabels, type Range, type Trap } from './eval-labels.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Shown {
  file: string;
  vendor: string;
  text: string;
  context: string;
}
export interface TrapResult {
  file: string;
  trap: Trap;
  located: boolean;
  hit: FoundMention | null;
}

export interface DocResult {
  file: string;
  vendors: Map<string, Counts>;
  falsePositives: Shown[];
  misses: Shown[];
  traps: TrapResult[];
  /** Found mentions excused as persons or hard mentions. */
  excused: number;
  /** Labels whose context could not be found in the text. */
  unlocated: number;
}

const around = (text: string, r: Range, w = 40) =>
  (
    text.slice(Math.max(0, r.start - w), r.start) +
    '[' +
    text.slice(r.start, r.end) +
    ']' +
    text.slice(r.end, r.end + w)
  ).replace(/\s+/g, ' ');

export function scoreDocument(labels: DocLabels, scanned: ScannedText): DocResult {
  const { text, mentions } = scanned;
  const sq = new Squeezed(text);
  const res: DocResult = {
    file: labels.file,
    vendors: new Map(),
    falsePositives: [],
    misses: [],
    traps: [],
    excused: 0,
    unlocated: 0,
  };

  // Persons and hard mentions: a found mention of that vendor on one is set aside.
  const excused = new Set<FoundMention>();
  const allowance = new Map<string, number>();
  for (const l of [...labels.persons, ...labels.hard_mentions]) {
    const at = locate(sq, l);
    if (!at.length) {
      res.unlocated++;
      allowance.set(l.vendor, (allowance.get(l.vendor) ?? 0) + 1);
      continue;
    }
    for (const m of mentions) if (m.vendor === l.vendor && at.some((r) => overlaps(r, m))) excused.add(m);
  }
  res.excused = excused.size;
  const counted = mentions.filter((m) => !excused.has(m));

  // Counts per vendor.
  const found = new Map<string, number>();
  for (const m of counted) found.set(m.vendor, (found.get(m.vendor) ?? 0) + 1);
  for (const v of new Set([...found.keys(), ...Object.keys(labels.mentions)])) {
    const f = found.get(v) ?? 0,
      t = labels.mentions[v] ?? 0;
    const tp = Math.min(f, t);
    res.vendors.set(v, { tp, fp: Math.max(0, f - tp - (allowance.get(v) ?? 0)), fn: t - tp });
  }

  // Which found mentions and labels do not meet (to show, when the counts disagree).
  const labelled = labels.mention_contexts.map((l) => ({ l, at: locate(sq, l) }));
  res.unlocated += labelled.filter((x) => !x.at.length).length;
  for (const [v, c] of res.vendors) {
    if (c.fp)
      for (const m of counted) {
        if (m.vendor === v && !labelled.some((x) => x.l.vendor === v && x.at.some((r) => overlaps(r, m)))) {
          res.falsePositives.push({ file: labels.file, vendor: v, text: m.text, context: around(text, m) });
        }
      }
    if (c.fn)
      for (const x of labelled) {
        if (x.l.vendor === v && !counted.some((m) => m.vendor === v && x.at.some((r) => overlaps(r, m)))) {
          res.misses.push({
            file: labels.file,
            vendor: v,
            text: x.l.text,
            context: x.l.context.replace(/\s+/g, ' '),
          });
        }
      }
  }

  // Traps: hit when any found mention overlaps the trap's text where its context is.
  // A trap whose context cannot be found is hit by any found mention of the same
  // text that is not a labelled mention (so an unlocated trap never passes silently).
  const isLabelled = (m: FoundMention) => labelled.some((x) => x.at.some((r) => overlaps(r, m)));
  for (const trap of labels.traps) {
    const at = locate(sq, trap);
    const hit =
      (at.length
        ? mentions.find((m) => at.some((r) => overlaps(r, m)))
        : mentions.find((m) => m.text.toLowerCase() === trap.text.toLowerCase() && !isLabelled(m))) ?? null;
    if (!at.length) res.unlocated++;
    res.traps.push({ file: labels.file, trap, located: at.length > 0, hit });
  }
  return res;
}
