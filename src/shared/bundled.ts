/**
 * The compiled data as bundled into the extension (written by
 * src/data/generate.ts at build time). Import the vocabulary alone where the
 * dataset is not needed: the content script carries only the vocabulary.
 */
import datasetJson from '../data/generated/dataset.json';
import type { Dataset } from './dataset.ts';

export const dataset = datasetJson as unknown as Dataset;
