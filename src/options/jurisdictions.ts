/** Jurisdictions of interest: codes whose items the card shows first (a comma-separated field, checked against the dataset). */
import { dataset } from '../shared/bundled.ts';
import { h } from '../shared/dom.ts';
import { cleanJurisdiction, SETTINGS_LIMITS } from '../shared/settings.ts';
import { lockNote, statusLine, type Ctx } from './controls.ts';

const KNOWN = new Set(dataset.vendors.flatMap((v) => v.events.map((e) => e.jurisdiction)));

export function jurisdictionsField(ctx: Ctx): HTMLElement {
  const { doc, t } = ctx;
  const input = h(doc, 'input', {
    type: 'text',
    id: 'jurisdictions',
    autocomplete: 'off',
    'aria-describedby': 'jurisdictions-help jurisdictions-status',
  }) as HTMLInputElement;
  const status = statusLine(doc, 'jurisdictions-status');
  const save = h(doc, 'button', { type: 'submit' }, t('cardJurisdictionsSave')) as HTMLButtonElement;
  const form = h(
    doc,
    'form',
    { class: 'add-rule' },
    h(doc, 'label', { for: 'jurisdictions' }, t('cardJurisdictionsLabel')),
    input,
    save,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const parts = input.value.split(/[\s,;]+/).filter(Boolean);
    const bad = parts.filter((p) => !cleanJurisdiction(p) || !KNOWN.has(p.toUpperCase()));
    if (bad.length) {
      status.textContent = t('cardJurisdictionsUnknown', { codes: bad.join(', ').slice(0, 100) });
      return;
    }
    const codes = [...new Set(parts.map((p) => p.toUpperCase()))].slice(
      0,
      SETTINGS_LIMITS.jurisdictionsFirst,
    );
    void ctx.set({ jurisdictionsFirst: codes });
    status.textContent = codes.length
      ? t('cardJurisdictionsSaved', { list: codes.map((c) => t.region(c)).join(', ') })
      : t('cardJurisdictionsCleared');
  });
  ctx.syncs.push(() => {
    const { settings, policy } = ctx.get();
    if (doc.activeElement !== input) input.value = settings.jurisdictionsFirst.join(', ');
    input.disabled = save.disabled = policy.locked.includes('jurisdictionsFirst');
  });
  return h(
    doc,
    'div',
    {},
    form,
    h(doc, 'p', { id: 'jurisdictions-help', class: 'muted' }, t('cardJurisdictionsHelp')),
    status,
    lockNote(ctx, ['jurisdictionsFirst']),
  );
}
