/**
 * Writes the compiled dataset and vocabulary to src/data/generated/ (not
 * committed), where the extension's modules import them as JSON. Called when
 * the Vite config loads, so every build — including the content script's own
 * standalone build — sees fresh data. A vendor file that fails validation
 * stops the build with the file and field named.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileDataset, vocabularyOf } from './compile.ts';

export const GENERATED_DIR = fileURLToPath(new URL('./generated/', import.meta.url));

function writeIfChanged(path: string, text: string): void {
  let old = '';
  try { old = readFileSync(path, 'utf8'); } catch { /* first build */ }
  if (old !== text) writeFileSync(path, text);
}

export function writeGenerated(): { vendors: number; events: number } {
  const dataset = compileDataset();
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeIfChanged(GENERATED_DIR + 'dataset.json', JSON.stringify(dataset));
  writeIfChanged(GENERATED_DIR + 'vocabulary.json', JSON.stringify(vocabularyOf(dataset)));
  return { vendors: dataset.vendors.length, events: dataset.vendors.reduce((n, v) => n + v.events.length, 0) };
}
