/**
 * "Copy citation": a vendor or one of its events as plain text and as
 * Markdown — vendor, event, date, jurisdiction, authority, source title and
 * URL, and the dataset's version and as-of date. Machine-stable: ISO dates,
 * English (the dataset's language), whatever the interface language.
 */
import type { DatasetVendor, VendorEvent } from './dataset.ts';

export interface CitationContext {
  version: string;
  asOf: string;
}

const dataset = (c: CitationContext) => `Vendor Lens dataset ${c.version} (as of ${c.asOf})`;

export function citeEvent(
  v: DatasetVendor,
  e: VendorEvent,
  c: CitationContext,
): { text: string; markdown: string } {
  const head = `${v.name}: ${e.kind}, ${e.date}, ${e.jurisdiction}, ${e.authority}. ${e.summary}`;
  const src = e.sources[0];
  return {
    text: [head, src ? `Source: ${src.title} (${src.publisher}) ${src.url}` : '', dataset(c)]
      .filter(Boolean)
      .join('\n'),
    markdown: [
      `**${v.name}** — ${e.kind}, ${e.date}, ${e.jurisdiction}, ${e.authority}. ${e.summary}`,
      src ? `Source: [${src.title}](${src.url}) (${src.publisher})` : '',
      `_${dataset(c)}, event \`${v.id}/${e.id}\`_`,
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}

export function citeVendor(v: DatasetVendor, c: CitationContext): { text: string; markdown: string } {
  const n = v.events.length;
  const lines = v.events.slice(0, 5).map((e) => `${e.date} ${e.jurisdiction} ${e.authority}: ${e.summary}`);
  return {
    text: [`${v.name}: ${v.headline} (${n} events)`, ...lines, dataset(c)].join('\n'),
    markdown: [
      `**${v.name}** — ${v.headline} (${n} events)`,
      lines.map((l) => `- ${l}`).join('\n'),
      `_${dataset(c)}, vendor \`${v.id}\`_`,
    ].join('\n\n'),
  };
}
