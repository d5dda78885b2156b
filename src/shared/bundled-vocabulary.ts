/** The compiled vocabulary as bundled into the content script (src/data/vite-plugin.ts). */
import vocabularyModule from 'virtual:vendor-lens/vocabulary';

export const vocabulary = vocabularyModule;
