/**
 * Pages of the cost benchmark (cost.ts): what Vendor Lens costs where it finds
 * little or too much. A plain page without vendor text; the same with 30 ad
 * frames; 200 empty about:blank frames; 20,000 and 100,000 inline mentions in
 * one paragraph and a 10 MB text node full of names, each beside the same text
 * without names; a table of 1,000 rows rewritten every 100 ms.
 */
const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. ';

const doc = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

export const plainPage = () => doc('plain', `<h1>Notes</h1>${`<p>${LOREM.repeat(3)}</p>`.repeat(20)}`);
export const adPage = () =>
  doc('ad', `<div style="font: 12px sans-serif">Advertisement · ${LOREM.slice(0, 60)}</div>`);
export const framesPage = () =>
  doc(
    '30 frames',
    `<h1>Notes</h1>${`<p>${LOREM.repeat(3)}</p>`.repeat(20)}${'<iframe src="/cost/ad.html" width="300" height="250"></iframe>'.repeat(30)}`,
  );
export const emptyFramesPage = () =>
  doc('200 empty frames', '<iframe width="300" height="250"></iframe>'.repeat(200));

/** `n` inline mentions in one paragraph, or the same markup with a plain word. */
export const densePage = (n: number, names: boolean) =>
  doc(`${n} inline`, `<p>${`<b>${names ? 'Kaspersky' : 'Kasparov'}</b> and `.repeat(n)}</p>`);

/** One text node of ~10 MB: vendor names (or plain words of the same length) and spaces. */
export const bigNodePage = (names: boolean) => {
  const words = names
    ? ['Kaspersky', 'Huawei', 'Fortinet', 'SolarWinds']
    : ['Kasparov', 'Hawaii', 'Fortunes', 'SolarWind'];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < 10_000_000; i++) {
    const w = words[i % words.length]!;
    parts.push(w);
    n += w.length + 1;
  }
  return doc('10 MB node', `<pre>${parts.join(' ')}</pre>`);
};

/** 1,000 rows rewritten every 100 ms once `__churn(seconds)` runs; resolves when it stops. */
export const churnPage = () =>
  doc(
    'churn',
    `<table><tbody id="rows"></tbody></table><script>
window.__churn = (seconds) => new Promise((resolve) => {
  const names = ['Kaspersky', 'Cisco', 'Fortinet', 'price', 'volume', 'latency'];
  const body = document.getElementById('rows');
  let round = 0;
  const t0 = performance.now();
  const id = setInterval(() => {
    round++;
    let html = '';
    for (let i = 0; i < 1000; i++) html += '<tr><td>' + i + '</td><td>' + names[(i + round) % names.length] + ' ' + round + '</td></tr>';
    body.innerHTML = html;
    if (round >= seconds * 10) { clearInterval(id); resolve({ t0, t1: performance.now() }); }
  }, 100);
});</script>`,
  );
