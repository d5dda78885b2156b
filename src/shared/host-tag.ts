/**
 * The attribute that marks the one element Vendor Lens adds to a page (the
 * tooltip's host, a plain `div`): never scanned, and removed by a later copy
 * of the extension (after an update). It names the element only: its shadow
 * root is closed and its reference stays in our code.
 */
export const HOST_ATTR = 'data-vendor-lens-ui';
