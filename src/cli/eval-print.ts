/** The printed report of `npm run eval`: totals, per vendor, what was missed or found wrongly, the verdict (eval-report.ts). */
import { SET_ASIDE, type Summary } from './eval-report.ts';

export function printReport(dir: string, s: Summary): void {
  const out = (l = '') => console.log(l);
  out(
    `Evaluation of ${dir}: ${s.documents} documents scanned in ${s.ms} ms` +
      (s.missingFiles ? ` (${s.missingFiles} listed files missing)` : ''),
  );
  out(`precision ${s.precision.toFixed(4)}  (TP ${s.tp}, FP ${s.fp})`);
  out(`recall    ${s.recall.toFixed(4)}  (FN ${s.fn})`);
  out(`traps hit ${s.trapsHit} of ${s.traps}`);
  out(
    `(${s.excused} found mentions on persons/hard mentions set aside; ${s.unlocated} labels not located in the text)`,
  );
  const w = s.withoutMicrosoft;
  out(
    `without ${SET_ASIDE}: precision ${w.precision.toFixed(4)} (TP ${w.tp}, FP ${w.fp}), recall ${w.recall.toFixed(4)} (FN ${w.fn})`,
  );
  const rows = Object.entries(s.vendors).sort(([a], [b]) => a.localeCompare(b));
  if (rows.length) {
    out('\nPer vendor                    TP   FP   FN  precision  recall');
    const ratio = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  —  ');
    for (const [v, c] of rows)
      out(
        `  ${v.padEnd(26)}${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}` +
          `  ${ratio(c.tp, c.tp + c.fp).padStart(9)}  ${ratio(c.tp, c.tp + c.fn).padStart(6)}${c.fp || c.fn ? '  ←' : ''}`,
      );
  }
  if (s.falsePositives.length) {
    out('\nFalse positives (found, not on a labelled mention):');
    for (const f of s.falsePositives) out(`  ${f.file}  ${f.vendor}: ${f.context}`);
  }
  if (s.misses.length) {
    out('\nMisses (labelled, not found):');
    for (const m of s.misses) out(`  ${m.file}  ${m.vendor} "${m.text}": …${m.context}…`);
  }
  if (s.trapHits.length) {
    out('\nTraps hit:');
    for (const t of s.trapHits)
      out(
        `  ${t.file}  "${t.text}" marked as ${t.markedAs}${t.located ? '' : ' (context not located)'} — ${t.why}\n      …${t.context}…`,
      );
  }
  if (s.unsure.length) {
    out('\nUnsure labels (not scored differently):');
    for (const u of s.unsure) out(`  ${u.file}: ${u.note}`);
  }
  out(`\n${s.verdict}`);
}
