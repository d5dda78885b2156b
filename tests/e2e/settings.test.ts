/** Settings (scenarios/settings.ts) in real headless Chromium, the welcome page the install opened kept. */
import { describe } from 'vitest';
import { chromiumSuite } from './suite.ts';
import { chromiumDriver } from './drivers/chromium.ts';
import { settingsScenario } from './scenarios/settings.ts';

const suite = chromiumSuite({ launch: { keepWelcome: true } });

describe('Chromium: settings', () => settingsScenario(chromiumDriver(suite)));
