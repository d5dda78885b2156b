/** The tag of the one element Vendor Lens adds to a page (the tooltip's host); never scanned. */
export const HOST_TAG = 'vendor-lens-ui';
