/**
 * The field types of the vendor-file schema (schema.ts): dates (real,
 * not in the future), source URLs, jurisdictions, bounded texts, ids, and
 * a source (whose official or court tier needs an authoritative host,
 * source-hosts.ts).
 */
import { z } from 'zod';
import { SOURCE_TIERS } from '../shared/kinds.ts';
import { sourceUrlProblem } from '../shared/source-url.ts';
import { authoritativeHost } from './source-hosts.ts';

const TODAY_LIMIT = () => new Date().toISOString().slice(0, 10);

export const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM-DD or YYYY-MM')
  .refine(
    (d) =>
      d.length === 7 ||
      (!Number.isNaN(Date.parse(d + 'T00:00:00Z')) && new Date(d + 'T00:00:00Z').toISOString().startsWith(d)),
    'is not a real calendar date',
  )
  .refine((d) => d <= TODAY_LIMIT(), 'is in the future');

/** An https URL to a public DNS host (the rule, shared with the renderers: src/shared/source-url.ts). */
export const httpsUrl = z.string().superRefine((u, ctx) => {
  const problem = sourceUrlProblem(u);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** ISO 3166-1 alpha-2, or EU / UN, or INT for events without one jurisdiction. */
export const jurisdiction = z
  .string()
  .regex(/^([A-Z]{2}|EU|UN|INT)$/, 'must be an ISO 3166 alpha-2 code, EU, UN or INT');

export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const sourceSchema = z
  .strictObject({
    url: httpsUrl,
    title: text(300),
    publisher: text(120),
    /** official (the authority's own text), court, company (the vendor's), secondary (press, researchers). */
    tier: z.enum(SOURCE_TIERS),
    date: isoDate.optional(),
  })
  .superRefine((s, ctx) => {
    if ((s.tier === 'official' || s.tier === 'court') && !authoritativeHost(s.url))
      ctx.addIssue({
        code: 'custom',
        path: ['tier'],
        message: `"${s.tier}" needs the authority's own site or a publisher of legal texts (source-hosts.ts); a copy elsewhere is "secondary"`,
      });
  });

export const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case kebab-case');
