/**
 * The vendor-file schema: one JSON file per vendor in `src/data/vendors/`,
 * file name = `id`. Validated at build time (see `load.ts`); a failure names
 * the file and the field. The field meanings are documented in
 * `src/data/README.md`.
 */
import { z } from 'zod';

export const TODAY_LIMIT = () => new Date().toISOString().slice(0, 10);

import { EVENT_KINDS, RELATIONS, STATUS_VALUES } from '../shared/kinds.ts';

export { CONTROVERSY_KINDS, EVENT_KINDS, GOVERNMENT_KINDS, RELATIONS, STATUS_VALUES, type EventKind } from '../shared/kinds.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM-DD or YYYY-MM')
  .refine((d) => d.length === 7 || !Number.isNaN(Date.parse(d + 'T00:00:00Z')) && new Date(d + 'T00:00:00Z').toISOString().startsWith(d), 'is not a real calendar date')
  .refine((d) => d <= TODAY_LIMIT(), 'is in the future');

const httpsUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => u.startsWith('https://'), 'must be an https:// URL');

/** ISO 3166-1 alpha-2, or EU / UN, or INT for events without one jurisdiction. */
const jurisdiction = z.string().regex(/^([A-Z]{2}|EU|UN|INT)$/, 'must be an ISO 3166 alpha-2 code, EU, UN or INT');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const sourceSchema = z.strictObject({
  url: httpsUrl,
  title: text(300),
  publisher: text(120),
  date: isoDate.optional(),
});

export const eventSchema = z.strictObject({
  date: isoDate,
  effectiveDate: isoDate.optional(),
  kind: z.enum(EVENT_KINDS),
  jurisdiction,
  authority: text(160),
  summary: text(400),
  status: z
    .strictObject({ value: z.enum(STATUS_VALUES), date: isoDate.optional(), note: text(300) })
    .optional(),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
});

export const aliasSchema = z.strictObject({
  text: text(80),
  /** `insensitive` (default) matches any case; `exact` only as written. */
  case: z.enum(['insensitive', 'exact']).optional(),
  /** Only marked when one of the vendor's `cues` is near, or the vendor is named unambiguously elsewhere in the document. */
  needsContext: z.boolean().optional(),
  /** A product name rather than the company name. */
  product: z.boolean().optional(),
  /** Cyrillic stem: any further letters may follow (grammatical case endings). */
  stem: z.boolean().optional(),
});

export const responseSchema = z.strictObject({
  date: isoDate,
  /** The vendor's standing position (e.g. "denies ties to any government"): shown first in the tooltip. */
  key: z.boolean().optional(),
  summary: text(400),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
});

export const vendorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case kebab-case'),
  name: text(80),
  legalName: text(160).optional(),
  hq: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code'),
  website: httpsUrl.optional(),
  related: z.array(z.strictObject({ id: z.string(), relation: z.enum(RELATIONS), note: text(200).optional() })).default([]),
  headline: text(120),
  aliases: z.array(aliasSchema).min(1, 'needs at least one alias'),
  /** Phrases that contain an alias but are not the vendor ("Eugene Kaspersky", "avast ye"). */
  exclude: z.array(text(80)).default([]),
  /** Words that, near a `needsContext` alias, show the text is about the vendor. */
  cues: z.array(text(60)).default([]),
  examples: z.strictObject({
    /** Each string marks the expected mentions of this vendor in [brackets]. */
    match: z.array(text(300)).min(1, 'needs at least one must-match example'),
    noMatch: z.array(text(300)).min(1, 'needs at least one must-not-match example'),
  }),
  noGovernmentAction: z.boolean().optional(),
  responses: z.array(responseSchema).default([]),
  events: z.array(eventSchema),
  lastReviewed: isoDate,
});

export type Source = z.infer<typeof sourceSchema>;
export type VendorEvent = z.infer<typeof eventSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type Vendor = z.infer<typeof vendorSchema>;
export type VendorInput = z.input<typeof vendorSchema>;
