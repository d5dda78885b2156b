/**
 * Form controls of the settings view, each bound to one setting: it shows the
 * value in effect, writes the user's choice, and is disabled with "Set by
 * <organisation>" when the organisation's policy locks it.
 */
import { h } from '../shared/dom.ts';
import type { Translate } from '../shared/i18n.ts';
export { valueKey } from '../shared/i18n.ts';
import type { Policy } from '../shared/policy.ts';
import type { SettingKey, Settings } from '../shared/settings.ts';

export interface Ctx {
  doc: Document;
  t: Translate;
  /** The settings in effect, the user's own, and the policy. */
  get(): { settings: Settings; user: Settings; policy: Policy };
  /** Stores a change to the user's settings. */
  set(patch: Partial<Settings>): Promise<void>;
  /** Re-syncs every control after a change (registered by each control). */
  syncs: (() => void)[];
}

export function lockNote(ctx: Ctx, keys: SettingKey[]): HTMLElement {
  const p = h(ctx.doc, 'p', { class: 'locked', hidden: '' });
  ctx.syncs.push(() => {
    const { policy } = ctx.get();
    const locked = keys.some((k) => policy.locked.includes(k));
    p.hidden = !locked;
    p.textContent = locked
      ? ctx.t('settingsLockedBy', { organisation: policy.organisation || ctx.t('settingsYourOrganisation') })
      : '';
  });
  return p;
}

const isLocked = (ctx: Ctx, key: SettingKey) => ctx.get().policy.locked.includes(key);

export function radios<K extends SettingKey>(
  ctx: Ctx,
  key: K,
  values: readonly Settings[K][],
  labelKey: (v: Settings[K]) => string,
  legendKey: string,
): HTMLElement {
  const inputs = values.map(
    (v) => h(ctx.doc, 'input', { type: 'radio', name: key, value: String(v) }) as HTMLInputElement,
  );
  inputs.forEach((input, i) =>
    input.addEventListener('change', () => input.checked && void ctx.set({ [key]: values[i] })),
  );
  ctx.syncs.push(() => {
    const cur = ctx.get().settings[key];
    inputs.forEach((input, i) => {
      input.checked = values[i] === cur;
      input.disabled = isLocked(ctx, key);
    });
  });
  return h(
    ctx.doc,
    'fieldset',
    { 'data-setting': key },
    h(ctx.doc, 'legend', {}, ctx.t(legendKey)),
    ...inputs.map((input, i) => h(ctx.doc, 'label', {}, input, ' ', ctx.t(labelKey(values[i]!)))),
    lockNote(ctx, [key]),
  );
}

export function checkbox(ctx: Ctx, key: 'enabled' | 'showKev', labelKey: string): HTMLElement {
  const input = h(ctx.doc, 'input', { type: 'checkbox', 'data-setting': key }) as HTMLInputElement;
  input.addEventListener('change', () => void ctx.set({ [key]: input.checked }));
  ctx.syncs.push(() => {
    input.checked = ctx.get().settings[key];
    input.disabled = isLocked(ctx, key);
  });
  return h(ctx.doc, 'div', {}, h(ctx.doc, 'label', {}, input, ' ', ctx.t(labelKey)), lockNote(ctx, [key]));
}

/** A status line read out when it changes (import errors, saved rules). */
export function statusLine(doc: Document, id: string): HTMLElement {
  return h(doc, 'div', { id, role: 'status', class: 'status' });
}
