/**
 * The compiled data as bundled into the extension (virtual modules of
 * src/data/vite-plugin.ts). Import the smallest that serves: the content
 * script needs only the vocabulary, the popup only the metadata.
 */
import datasetModule from 'virtual:vendor-lens/dataset';

export const dataset = datasetModule;
