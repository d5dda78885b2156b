/**
 * The vendor-file schema: one JSON file per vendor in `src/data/vendors/`,
 * file name = `id`. Validated at build time (see `load.ts`); a failure names
 * the file and the field. The field meanings are documented in
 * `src/data/README.md`; the field types shared by its records (dates, URLs,
 * jurisdictions, texts, sources) are in `schema-fields.ts`.
 */
import { z } from 'zod';
import {
  BINDING_VALUES,
  COVERS_VALUES,
  EVENT_KINDS,
  RELATIONS,
  RESTRICTS_VALUES,
  STATUS_VALUES,
  isGovernmentAction,
} from '../shared/kinds.ts';
import { httpsUrl, isoDate, jurisdiction, kebab, sourceSchema, text } from './schema-fields.ts';

/**
 * A flaw added to CISA's Known Exploited Vulnerabilities catalog binds federal
 * civilian agencies to patch, mitigate or disconnect by a date (BOD 22-01): it
 * restricts nothing of the vendor's, so such an event never counts as in force.
 */
const KEV_DEADLINE = /Known Exploited Vulnerabilities catalog/i;

const eventSchema = z
  .strictObject({
    /** Stable within the vendor (citations and corrections refer to it); never reused. */
    id: kebab.max(80, 'must be at most 80 characters'),
    date: isoDate,
    effectiveDate: isoDate.optional(),
    kind: z.enum(EVENT_KINDS),
    jurisdiction,
    authority: text(160),
    /** Government actions only: does it bind, advise, or is it only press-reported? */
    binding: z.enum(BINDING_VALUES).optional(),
    /** Government actions only: what it restricts (empty for fines, charges, investigations). */
    restricts: z.array(z.enum(RESTRICTS_VALUES)).optional(),
    /** Government actions only: whom it covers. */
    covers: z.enum(COVERS_VALUES).optional(),
    /** A short phrase that bounds it ("government-issued mobile devices"). */
    scope: text(120).optional(),
    summary: text(400),
    status: z
      .strictObject({ value: z.enum(STATUS_VALUES), date: isoDate.optional(), note: text(300) })
      .optional(),
    sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  })
  .superRefine((e, ctx) => {
    const need = (field: 'binding' | 'restricts' | 'covers', ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (isGovernmentAction(e)) {
      need('binding', e.binding !== undefined, 'is required on a government action');
      need('restricts', e.restricts !== undefined, 'is required on a government action (may be [])');
      need('covers', e.covers !== undefined, 'is required on a government action');
      need(
        'binding',
        !(e.kind === 'warning' && e.binding === 'binding'),
        'a warning is advisory, not binding',
      );
      need('restricts', new Set(e.restricts).size === (e.restricts?.length ?? 0), 'lists a value twice');
      need(
        'restricts',
        !(KEV_DEADLINE.test(e.summary) && e.restricts?.length),
        'a Known Exploited Vulnerabilities deadline binds agencies to remediate: it restricts nothing ([])',
      );
    } else {
      for (const f of ['binding', 'restricts', 'covers', 'scope'] as const) {
        if (e[f] !== undefined)
          ctx.addIssue({ code: 'custom', path: [f], message: 'is only for government actions' });
      }
    }
    if (e.status?.date && e.status.date < e.date) {
      ctx.addIssue({ code: 'custom', path: ['status', 'date'], message: 'is before the event date' });
    }
  });

const aliasSchema = z.strictObject({
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

const responseSchema = z.strictObject({
  date: isoDate,
  /** The vendor's standing position (e.g. "denies ties to any government"): shown first in the tooltip. */
  key: z.boolean().optional(),
  summary: text(400),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
});

export const vendorSchema = z.strictObject({
  id: kebab,
  name: text(80),
  legalName: text(160).optional(),
  hq: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code'),
  website: httpsUrl.optional(),
  related: z
    .array(z.strictObject({ id: z.string(), relation: z.enum(RELATIONS), note: text(200).optional() }))
    .default([]),
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

export type VendorEvent = z.infer<typeof eventSchema>;
export type Vendor = z.infer<typeof vendorSchema>;
