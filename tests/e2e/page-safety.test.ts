/** Page safety (scenarios/page-safety.ts) in real headless Chromium. */
import { describe } from 'vitest';
import { chromiumSuite } from './suite.ts';
import { chromiumDriver } from './drivers/chromium.ts';
import { PAGE_SAFETY_PAGES, pageSafetyScenario } from './scenarios/page-safety.ts';

const suite = chromiumSuite(PAGE_SAFETY_PAGES);

describe('Chromium: page safety', () => pageSafetyScenario(chromiumDriver(suite)));
