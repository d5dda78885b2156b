/** The compiled vocabulary as bundled into the content script (see src/data/generate.ts). */
import vocabularyJson from '../data/generated/vocabulary.json';
import type { Vocabulary } from './vocabulary.ts';

export const vocabulary = vocabularyJson as unknown as Vocabulary;
