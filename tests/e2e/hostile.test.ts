/** The attacker's scenario and pages that opt out (scenarios/hostile.ts, opt-out.ts) in real headless Chromium. */
import { describe } from 'vitest';
import { chromiumSuite } from './suite.ts';
import { chromiumDriver } from './drivers/chromium.ts';
import { hostileScenario } from './scenarios/hostile.ts';
import { optOutScenario } from './scenarios/opt-out.ts';

const d = chromiumDriver(chromiumSuite());

describe('Chromium: a page that attacks Vendor Lens', () => hostileScenario(d, 20_000));
describe('Chromium: pages that opt out', () => optOutScenario(d));
