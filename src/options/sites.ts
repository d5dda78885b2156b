/** The Sites section: where marking happens (mode) and the list of site rules, to add, edit and remove. */
import { h } from '../shared/dom.ts';
import { SETTINGS_LIMITS, SITE_MODES } from '../shared/settings.ts';
import { normaliseRule } from '../shared/site-rules.ts';
import { lockNote, radios, statusLine, valueKey, type Ctx } from './controls.ts';

export function sitesSection(ctx: Ctx): HTMLElement {
  const { doc, t } = ctx;
  const list = h(doc, 'ul', { id: 'site-rules', class: 'rules' });
  const none = h(doc, 'p', { class: 'muted' }, t('sitesNone'));
  const input = h(doc, 'input', {
    type: 'text',
    id: 'site-input',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'site-help',
  }) as HTMLInputElement;
  const add = h(doc, 'button', { type: 'submit', id: 'site-add' }, t('sitesAdd'));
  const status = statusLine(doc, 'site-status');
  const locked = () => ctx.get().policy.locked.includes('siteRules');

  /** Replaces `old` (or adds, when null) by the rule typed; false when it is not one. */
  const save = (old: string | null, text: string): boolean => {
    const rule = normaliseRule(text);
    if (!rule) {
      status.textContent = t('sitesInvalid', { text: text.slice(0, 80) });
      return false;
    }
    const rules = ctx.get().settings.siteRules.filter((r) => r !== old && r !== rule);
    if (rules.length >= SETTINGS_LIMITS.siteRules) {
      status.textContent = t('sitesTooMany', { max: SETTINGS_LIMITS.siteRules });
      return false;
    }
    const at = old ? ctx.get().settings.siteRules.indexOf(old) : rules.length;
    rules.splice(at < 0 ? rules.length : at, 0, rule);
    void ctx.set({ siteRules: rules });
    status.textContent = t('sitesSaved', { rule });
    return true;
  };

  const row = (rule: string): HTMLElement => {
    const text = h(doc, 'code', {}, rule);
    const edit = h(doc, 'button', { type: 'button' }, t('sitesEdit'));
    const remove = h(doc, 'button', { type: 'button' }, t('sitesRemove'));
    edit.setAttribute('aria-label', t('sitesEditLabel', { rule }));
    remove.setAttribute('aria-label', t('sitesRemoveLabel', { rule }));
    const li = h(doc, 'li', { 'data-rule': rule }, text, edit, remove);
    for (const b of [edit, remove]) (b as HTMLButtonElement).disabled = locked();
    remove.addEventListener('click', () => {
      void ctx.set({ siteRules: ctx.get().settings.siteRules.filter((r) => r !== rule) });
      status.textContent = t('sitesRemoved', { rule });
      input.focus();
    });
    edit.addEventListener('click', () => {
      const field = h(doc, 'input', {
        type: 'text',
        value: rule,
        'aria-label': t('sitesEditLabel', { rule }),
      });
      const f = field as HTMLInputElement;
      const done = h(doc, 'button', { type: 'submit' }, t('sitesSave'));
      const form = h(doc, 'form', { class: 'inline' }, field, done);
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        if (save(rule, f.value)) input.focus();
      });
      li.replaceChildren(form);
      f.focus();
    });
    return li;
  };

  ctx.syncs.push(() => {
    const rules = ctx.get().settings.siteRules;
    list.replaceChildren(...rules.map(row));
    none.hidden = rules.length > 0;
    input.disabled = locked();
    (add as HTMLButtonElement).disabled = locked();
  });
  const form = h(
    doc,
    'form',
    { class: 'add-rule' },
    h(doc, 'label', { for: 'site-input' }, t('sitesAddLabel')),
    input,
    add,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (save(null, input.value)) input.value = '';
  });
  return h(
    doc,
    'section',
    { id: 'sites', 'aria-labelledby': 'sites-title' },
    h(doc, 'h2', { id: 'sites-title' }, t('sitesTitle')),
    radios(ctx, 'siteMode', SITE_MODES, (v) => valueKey('siteMode', v), 'sitesModeLegend'),
    h(doc, 'h3', {}, t('sitesListTitle')),
    list,
    none,
    lockNote(ctx, ['siteRules']),
    form,
    h(doc, 'p', { id: 'site-help', class: 'muted' }, t('sitesHelp')),
    status,
  );
}
