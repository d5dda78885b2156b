/**
 * The settings in effect (user settings under the managed policy) and the
 * translator for their language, as the background knows them: read at
 * start and again on every change, published to pages each time.
 */
import { onSettingsChanged, publishPageSettings, readEffective } from '../shared/settings-store.ts';
import { loadTranslator } from '../shared/locale-store.ts';
import type { Translate } from '../shared/i18n.ts';

export type Effective = Awaited<ReturnType<typeof readEffective>>;

/** The last settings in effect known: the card never waits for a slow policy read (browser-api.ts). */
let latest: Effective | null = null;
const track = (p: Promise<Effective>) => {
  void p.then((e) => {
    latest = e;
    return publishPageSettings(e.settings);
  });
  return p;
};
let current = track(readEffective());
let translate = current.then((e) => loadTranslator(e.settings.language));

export const latestEffective = (): Effective | null => latest;
/** The settings in effect (the latest read, maybe still under way). */
export const effective = (): Promise<Effective> => current;
export const translation = (): Promise<Translate> => translate;

/** On every change of the settings: reads them again, then calls `changed` with them and their translator. */
export function whenEffectiveChanges(changed: (e: Effective, t: Translate) => void): void {
  onSettingsChanged(() => {
    current = track(readEffective());
    translate = current.then((e) => loadTranslator(e.settings.language));
    void Promise.all([current, translate]).then(([e, t]) => changed(e, t));
  });
}
