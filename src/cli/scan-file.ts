/**
 * Scans one file's content: HTML is parsed by parse5 (the WHATWG parsing
 * algorithm browsers implement: implied html/head/body, misnested tags,
 * tables…), re-serialised, and loaded into linkedom for the DOM API the
 * shared segment walker uses. Anything else is plain text.
 */
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { compileDataset, vocabularyOf } from '../data/compile.ts';
import { Matcher } from '../matcher/matcher.ts';
import { scanBlocks, scanDom, type ScannedText } from '../page-text/scan-text.ts';

let matcher: Matcher | null = null;
export function cliMatcher(): Matcher {
  return (matcher ??= new Matcher(vocabularyOf(compileDataset())));
}

export const isHtml = (file: string, content: string) =>
  /\.x?html?$/i.test(file) || /^\s*(<!doctype html|<html)/i.test(content);

export function scanFile(file: string, content: string, m = cliMatcher()): ScannedText {
  if (!isHtml(file, content)) return scanBlocks(m, [[content]]);
  const { document } = parseHTML(serialize(parse(content)));
  return scanDom(m, document.body ?? document.documentElement);
}
