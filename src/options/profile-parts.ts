/** Parts of a vendor profile: links, "Copy citation" buttons, and the KEV section with CVE ids linked to their records. */
import type { Dataset, DatasetVendor } from '../shared/dataset.ts';
import { h, type Child } from '../shared/dom.ts';
import { safeHttpsUrl } from '../shared/format.ts';
import type { Translate } from '../shared/i18n.ts';
import { englishText } from '../shared/localise.ts';

export const cveUrl = (cve: string) => `https://www.cve.org/CVERecord?id=${encodeURIComponent(cve)}`;

export const link = (doc: Document, href: string, text: Child) => {
  const url = safeHttpsUrl(href);
  return url ? h(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text) : text;
};

export function copyButtons(
  doc: Document,
  t: Translate,
  c: { text: string; markdown: string },
  what: string,
): HTMLElement {
  const status = h(doc, 'span', { role: 'status', class: 'muted' });
  const button = (key: string, labelKey: string, value: string) => {
    const b = h(
      doc,
      'button',
      { type: 'button', class: 'copy', 'aria-label': t(labelKey, { what }) },
      t(key),
    );
    b.addEventListener('click', () =>
      navigator.clipboard.writeText(value).then(
        () => (status.textContent = t('citationCopied')),
        () => (status.textContent = t('citationFailed')),
      ),
    );
    return b;
  };
  return h(
    doc,
    'div',
    { class: 'cite' },
    button('citationCopy', 'citationCopyLabel', c.text),
    button('citationMarkdown', 'citationMarkdownLabel', c.markdown),
    status,
  );
}

export function kevSection(doc: Document, t: Translate, v: DatasetVendor, ds: Dataset): HTMLElement {
  const k = v.kev!;
  return h(
    doc,
    'section',
    { class: 'kev', 'aria-labelledby': 'kev-title' },
    h(doc, 'h2', { id: 'kev-title' }, t('kevTitle')),
    h(
      doc,
      'p',
      {},
      t('kevSummary', {
        entries: t.plural('kevEntryCount', k.count),
        ransomware: t.number(k.ransomware),
        catalogue: ds.kevCatalog?.version ?? '',
        projects: k.projects.join(', '),
      }),
    ),
    h(
      doc,
      'table',
      {},
      h(
        doc,
        'tr',
        {},
        h(doc, 'th', {}, 'CVE'),
        h(doc, 'th', {}, t('kevProduct')),
        h(doc, 'th', {}, t('kevAdded')),
      ),
      ...k.recent.map((e) =>
        h(
          doc,
          'tr',
          { 'data-cve': e.cve },
          h(doc, 'td', {}, link(doc, cveUrl(e.cve), e.cve)),
          h(doc, 'td', {}, englishText(doc, e.product)),
          h(doc, 'td', {}, t.date(e.dateAdded)),
        ),
      ),
    ),
  );
}
