/** Event kinds and other enumerations of the data format (no dependencies: the content script imports this). */
export const GOVERNMENT_KINDS = [
  'ban', 'sales-ban', 'list', 'sanction', 'directive', 'warning', 'fine', 'court', 'investigation',
] as const;
/** Controversies; `other` counts as one. */
export const CONTROVERSY_KINDS = ['breach', 'allegation', 'outage', 'other'] as const;
export const EVENT_KINDS = [...GOVERNMENT_KINDS, ...CONTROVERSY_KINDS] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const STATUS_VALUES = ['revoked', 'overturned', 'settled', 'lifted', 'superseded', 'appealed', 'dismissed', 'upheld', 'pending'] as const;
export const RELATIONS = ['parent', 'subsidiary', 'brand', 'merged-into', 'acquired', 'formerly', 'spin-off', 'related'] as const;

const GOV = new Set<string>(GOVERNMENT_KINDS);
export const isGovernmentAction = (e: { kind: string }) => GOV.has(e.kind);
