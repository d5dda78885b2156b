/** The dataset's version, dates and counts, without its records (the popup's 1 KB instead of the whole dataset). */
import metaModule from 'virtual:vendor-lens/meta';

export const meta = metaModule;
