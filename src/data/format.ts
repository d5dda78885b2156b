/**
 * Canonical formatting of a vendor file: keys in schema order, events newest
 * first, two-space JSON and a final newline. The convention test parses each
 * file, formats it and compares (the Dark Reader approach), so hand edits
 * stay reviewable; `npm run data:format` rewrites files in this form.
 */
import type { Vendor } from './schema.ts';
import { compareEventsDesc } from '../shared/format.ts';

const ORDER: Record<string, string[]> = {
  vendor: [
    'id',
    'name',
    'legalName',
    'hq',
    'website',
    'related',
    'headline',
    'aliases',
    'exclude',
    'cues',
    'examples',
    'noGovernmentAction',
    'responses',
    'events',
    'lastReviewed',
  ],
  event: [
    'id',
    'date',
    'effectiveDate',
    'kind',
    'jurisdiction',
    'authority',
    'binding',
    'restricts',
    'covers',
    'scope',
    'summary',
    'status',
    'sources',
  ],
  source: ['url', 'title', 'publisher', 'tier', 'date'],
  alias: ['text', 'case', 'needsContext', 'product', 'stem'],
};

function pick(obj: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k]; // unknown keys kept (the schema rejects them)
  return out;
}

const bySources = (x: { sources?: unknown[] }) => ({
  ...x,
  sources: (x.sources ?? []).map((s) => pick(s as Record<string, unknown>, ORDER.source!)),
});

export function formatVendor(v: Vendor): string {
  const raw = v as unknown as Record<string, unknown>;
  const events = ((raw.events as Vendor['events']) ?? [])
    .slice()
    .sort(compareEventsDesc)
    .map((e) => pick(bySources(e), ORDER.event!));
  const responses = ((raw.responses as Vendor['responses']) ?? [])
    .slice()
    .sort(compareEventsDesc)
    .map((r) => bySources(r));
  const aliases = ((raw.aliases as Vendor['aliases']) ?? []).map((a) => pick(a, ORDER.alias!));
  return JSON.stringify(pick({ ...raw, aliases, responses, events }, ORDER.vendor!), null, 2) + '\n';
}
