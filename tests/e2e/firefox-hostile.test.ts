/** The attacker's scenario and pages that opt out (scenarios/hostile.ts, opt-out.ts) in real headless Firefox ESR. */
import { describe } from 'vitest';
import { firefoxSuite } from './suite.ts';
import { firefoxDriver } from './drivers/firefox.ts';
import { hostileScenario } from './scenarios/hostile.ts';
import { optOutScenario } from './scenarios/opt-out.ts';

const d = firefoxDriver(firefoxSuite());

describe('Firefox ESR: a page that attacks Vendor Lens', () => hostileScenario(d, 5_000));
describe('Firefox ESR: pages that opt out', () => optOutScenario(d));
