/** Page safety (scenarios/page-safety.ts) in real headless Firefox ESR. */
import { describe } from 'vitest';
import { firefoxSuite } from './suite.ts';
import { firefoxDriver } from './drivers/firefox.ts';
import { PAGE_SAFETY_PAGES, pageSafetyScenario } from './scenarios/page-safety.ts';

const suite = firefoxSuite(PAGE_SAFETY_PAGES);

describe('Firefox ESR: page safety', () => pageSafetyScenario(firefoxDriver(suite)));
