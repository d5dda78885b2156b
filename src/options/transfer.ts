/**
 * Import, export and reset. Export saves the user's settings as a JSON file;
 * import checks the whole file first (settings-import.ts) and changes nothing
 * when anything is wrong, listing what; reset asks before restoring defaults.
 */
import { dataset } from '../shared/bundled.ts';
import { h } from '../shared/dom.ts';
import { defaultSettings, type Settings } from '../shared/settings.ts';
import { exportSettings, importSettings } from '../shared/settings-import.ts';
import type { Ctx } from './controls.ts';

const VENDOR_IDS = new Set(dataset.vendors.map((v) => v.id));

export function transferSection(ctx: Ctx, store: (s: Settings) => Promise<void>): HTMLElement {
  const { doc, t } = ctx;
  const status = h(doc, 'div', { id: 'transfer-status', role: 'status', class: 'status' });
  const report = (text: string, errors: string[] = []) =>
    status.replaceChildren(
      h(doc, 'p', {}, text),
      ...(errors.length ? [h(doc, 'ul', { lang: 'en' }, ...errors.map((e) => h(doc, 'li', {}, e)))] : []),
    );

  const exportBtn = h(doc, 'button', { type: 'button', id: 'export' }, t('transferExport'));
  exportBtn.addEventListener('click', () => {
    const blob = new Blob([exportSettings(ctx.get().user)], { type: 'application/json' });
    const a = h(doc, 'a', { href: URL.createObjectURL(blob), download: 'vendor-lens-settings.json' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.getAttribute('href')!), 10_000);
    report(t('transferExported'));
  });

  const file = h(doc, 'input', {
    type: 'file',
    id: 'import',
    accept: 'application/json,.json',
  }) as HTMLInputElement;
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    const text = f.size > 1_000_000 ? ' '.repeat(1_000_001) : await f.text();
    const r = importSettings(text, VENDOR_IDS);
    if (!r.ok) return report(t('transferRejected', { file: f.name }), r.errors);
    await store(r.settings);
    report(t('transferImported', { file: f.name }));
  });

  const reset = h(doc, 'button', { type: 'button', id: 'reset' }, t('transferReset'));
  reset.addEventListener('click', async () => {
    if (!confirm(t('transferResetConfirm'))) return;
    await store(defaultSettings());
    report(t('transferResetDone'));
  });

  return h(
    doc,
    'section',
    { id: 'transfer', 'aria-labelledby': 'transfer-title' },
    h(doc, 'h2', { id: 'transfer-title' }, t('transferTitle')),
    h(doc, 'p', { class: 'muted' }, t('transferHelp')),
    h(
      doc,
      'div',
      { class: 'buttons' },
      exportBtn,
      h(doc, 'label', { class: 'file' }, t('transferImport'), ' ', file),
      reset,
    ),
    status,
  );
}
