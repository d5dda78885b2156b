/**
 * Enumerations of the data format (no dependencies: every bundle may import
 * this). What each value means is documented in `src/data/README.md`.
 */
const GOVERNMENT_KINDS = [
  'ban',
  'sales-ban',
  'list',
  'sanction',
  'directive',
  'network-removal',
  'export-control',
  'warning',
  'fine',
  'court',
  'charges',
  'investigation',
] as const;
/** Controversies; `other` counts as one. */
const CONTROVERSY_KINDS = ['breach', 'allegation', 'outage', 'other'] as const;
export const EVENT_KINDS = [...GOVERNMENT_KINDS, ...CONTROVERSY_KINDS] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How a government action binds: law/order/judgment, advice, or only reported by the press. */
export const BINDING_VALUES = ['binding', 'advisory', 'reported'] as const;
export type Binding = (typeof BINDING_VALUES)[number];

/** What a government action restricts. */
export const RESTRICTS_VALUES = [
  'government-use',
  'government-procurement',
  'defense-procurement',
  'sale',
  'import-authorization',
  'network-removal',
  'subsidies',
  'exports-to-vendor',
  'investment',
  'transactions',
  'data-processing',
  'operations',
  'other',
] as const;
export type Restricts = (typeof RESTRICTS_VALUES)[number];

/** Whom it covers: executives-only sanctions are never a restriction of the company. */
export const COVERS_VALUES = [
  'company',
  'company-and-affiliates',
  'named-entities',
  'executives',
  'products',
] as const;
export type Covers = (typeof COVERS_VALUES)[number];

export const STATUS_VALUES = [
  'revoked',
  'overturned',
  'settled',
  'lifted',
  'superseded',
  'appealed',
  'dismissed',
  'upheld',
  'pending',
  'retired',
  'expired',
  'proposed',
] as const;
export type StatusValue = (typeof STATUS_VALUES)[number];
/** Statuses after which an action no longer binds (from the status date on). */
export const ENDED_STATUSES: readonly StatusValue[] = [
  'revoked',
  'overturned',
  'lifted',
  'superseded',
  'dismissed',
  'retired',
  'expired',
];

/** How close a source is to the act it backs. */
export const SOURCE_TIERS = ['official', 'court', 'company', 'secondary'] as const;

export const RELATIONS = [
  'parent',
  'subsidiary',
  'brand',
  'merged-into',
  'acquired',
  'formerly',
  'spin-off',
  'related',
] as const;

const GOV = new Set<string>(GOVERNMENT_KINDS);
export const isGovernmentAction = (e: { kind: string }) => GOV.has(e.kind);
