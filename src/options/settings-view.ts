/**
 * The settings view (`#settings`): Marking, Sites, Card content, Badge,
 * Language, Data, and Import/Export/Reset, each a section with a heading the
 * page's navigation links to. Every control shows the settings in effect
 * (the organisation's policy over the user's) and stays in step with changes
 * made elsewhere (popup, other tabs, policy).
 */
import { onSettingsChanged, readEffective, writeSettings } from '../shared/settings-store.ts';
import { h } from '../shared/dom.ts';
import type { Translate } from '../shared/i18n.ts';
import type { Policy } from '../shared/policy.ts';
import {
  BADGE_MODES,
  CARD_CONTENTS,
  LANGUAGES,
  MARK_MODES,
  MARK_WHICH,
  parseSettings,
  setMuted,
  type Settings,
} from '../shared/settings.ts';
import { checkbox, lockNote, radios, valueKey, type Ctx } from './controls.ts';
import { dataSection } from './data-section.ts';
import { jurisdictionsField } from './jurisdictions.ts';
import { sitesSection } from './sites.ts';
import { transferSection } from './transfer.ts';
import { dataset } from '../shared/bundled.ts';

const section = (doc: Document, id: string, title: string, ...children: (Node | null)[]) =>
  h(
    doc,
    'section',
    { id, 'aria-labelledby': `${id}-title` },
    h(doc, 'h2', { id: `${id}-title` }, title),
    ...children,
  );

function mutedList(ctx: Ctx): HTMLElement {
  const { doc, t } = ctx;
  const names = new Map(dataset.vendors.map((v) => [v.id, v.name]));
  const ul = h(doc, 'ul', { id: 'muted-list', class: 'rules' });
  const none = h(doc, 'p', { class: 'muted' }, t('markingMutedNone'));
  ctx.syncs.push(() => {
    const { settings, policy } = ctx.get();
    none.hidden = settings.muted.length > 0;
    ul.replaceChildren(
      ...settings.muted.map((id) => {
        const b = h(doc, 'button', { type: 'button' }, t('markingUnmute'));
        b.setAttribute('aria-label', t('popupUnmuteLabel', { vendor: names.get(id) ?? id }));
        (b as HTMLButtonElement).disabled = policy.locked.includes('muted');
        b.addEventListener('click', () => void ctx.set({ muted: setMuted(settings, id, false).muted }));
        return h(doc, 'li', { 'data-muted': id }, names.get(id) ?? id, ' ', b);
      }),
    );
  });
  return h(doc, 'div', {}, h(doc, 'h3', {}, t('markingMutedTitle')), ul, none, lockNote(ctx, ['muted']));
}

export async function renderSettings(doc: Document, t: Translate, signal: AbortSignal): Promise<HTMLElement> {
  let state: { settings: Settings; user: Settings; policy: Policy } = await readEffective();
  const ctx: Ctx = {
    doc,
    t,
    get: () => state,
    set: async (patch) => {
      state.user = parseSettings({ ...state.user, ...patch });
      await writeSettings(state.user);
      state = await readEffective();
      for (const s of ctx.syncs) s();
    },
    syncs: [],
  };
  const language = h(
    doc,
    'select',
    { id: 'ui-language', 'aria-labelledby': 'language-title' },
    ...LANGUAGES.map((l) => h(doc, 'option', { value: l }, t(valueKey('language', l)))),
  ) as HTMLSelectElement;
  language.addEventListener(
    'change',
    () => void ctx.set({ language: language.value as Settings['language'] }),
  );
  ctx.syncs.push(() => {
    language.value = state.settings.language;
    language.disabled = state.policy.locked.includes('language');
  });
  const view = h(
    doc,
    'div',
    { class: 'settings' },
    h(doc, 'h1', { id: 'view-title', tabindex: '-1' }, t('settingsTitle')),
    section(
      doc,
      'marking',
      t('markingTitle'),
      checkbox(ctx, 'enabled', 'markingEnabled'),
      radios(ctx, 'markMode', MARK_MODES, (v) => valueKey('markMode', v), 'markingModeLegend'),
      radios(ctx, 'markWhich', MARK_WHICH, (v) => valueKey('markWhich', v), 'markingWhichLegend'),
      mutedList(ctx),
    ),
    sitesSection(ctx),
    section(
      doc,
      'card',
      t('cardTitle'),
      radios(ctx, 'cardContent', CARD_CONTENTS, (v) => valueKey('cardContent', v), 'cardContentLegend'),
      checkbox(ctx, 'showKev', 'cardShowKev'),
      jurisdictionsField(ctx),
    ),
    section(
      doc,
      'badge',
      t('badgeSectionTitle'),
      radios(ctx, 'badge', BADGE_MODES, (v) => valueKey('badge', v), 'badgeLegend'),
    ),
    section(doc, 'language', t('languageTitle'), language, lockNote(ctx, ['language'])),
    dataSection(doc, t),
    transferSection(ctx, (s) => writeSettings(s).then(() => undefined)),
  );
  onSettingsChanged(async () => {
    state = await readEffective();
    for (const s of ctx.syncs) s();
  }, signal);
  for (const s of ctx.syncs) s();
  return view;
}
