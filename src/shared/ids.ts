/** Identifiers that several places must agree on. */
export const GECKO_ID = 'vendor-lens@vendor-lens.invalid';
