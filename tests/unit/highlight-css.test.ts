import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HIGHLIGHT_CSS } from '../../src/content/highlight-style.ts';

it('the manifest stylesheet and the shadow-root copy carry the same highlight rules', () => {
  const file = readFileSync(new URL('../../public/highlight.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\/\s*/g, '');
  expect(file.trim()).toBe(HIGHLIGHT_CSS.trim());
});
