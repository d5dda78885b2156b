/** Settings (scenarios/settings.ts) in real headless Firefox ESR. */
import { describe } from 'vitest';
import { firefoxSuite } from './suite.ts';
import { firefoxDriver } from './drivers/firefox.ts';
import { settingsScenario } from './scenarios/settings.ts';

const suite = firefoxSuite();

describe('Firefox ESR: settings', () => settingsScenario(firefoxDriver(suite)));
