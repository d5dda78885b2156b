/**
 * The content script's fast path over a page (page-text/prefilter.ts) on
 * parsed pages (linkedom, with a Range of its own below): it yields every
 * segment of a full walk (segments.ts) that holds a mention, in document
 * order, each once — mentions across inline elements (`<b>Kas</b>persky`)
 * too — and the same segments whether its steps are big or tiny (a block of
 * many inline elements or a long text node walked in one go or across many
 * slices).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileDataset, vocabularyOf } from '../../src/data/compile.ts';
import { Matcher } from '../../src/matcher/matcher.ts';
import { candidateSegments, FRESH_SLICE, type PrefilterOptions } from '../../src/page-text/prefilter.ts';
import { LOOK } from '../../src/page-text/prefilter-scope.ts';
import { Batches } from '../../src/page-text/prefilter-batches.ts';
import { allSegments, SegmentWalker, type Segment } from '../../src/page-text/segments.ts';

const matcher = new Matcher(vocabularyOf(compileDataset()));

/** Document order of a static DOM: each node's rank and the last rank in its subtree; its text nodes in order. */
function orderOf(doc: Document) {
  const rank = new Map<Node, number>(),
    last = new Map<Node, number>(),
    texts: Text[] = [];
  const visit = (n: Node): void => {
    rank.set(n, rank.size);
    if (n.nodeType === 3) texts.push(n as Text);
    for (const c of n.childNodes) visit(c);
    last.set(n, rank.size - 1);
  };
  visit(doc);
  return { rank, last, texts };
}

/** What the prefilter needs of a Range (linkedom's has no boundary points): a static DOM's text between two. */
class TextRange {
  private sc!: Node;
  private ec!: Node;
  startOffset = 0;
  endOffset = 0;
  constructor(private readonly order: ReturnType<typeof orderOf>) {}
  setStart(n: Node, o: number) {
    [this.sc, this.startOffset] = [n, o];
  }
  setEnd(n: Node, o: number) {
    [this.ec, this.endOffset] = [n, o];
  }
  setStartBefore(n: Node) {
    this.setStart(n.parentNode!, [...n.parentNode!.childNodes].indexOf(n as ChildNode));
  }
  setStartAfter(n: Node) {
    this.setStart(n.parentNode!, [...n.parentNode!.childNodes].indexOf(n as ChildNode) + 1);
  }
  setEndBefore(n: Node) {
    this.setEnd(n.parentNode!, [...n.parentNode!.childNodes].indexOf(n as ChildNode));
  }
  collapse() {}
  /** A boundary point as [rank, offset]: inside a text node, or before a node (offset -1), or after a subtree. */
  private key(c: Node, o: number): [number, number] {
    const { rank, last } = this.order;
    if (c.nodeType === 3) return [rank.get(c)!, o];
    const kid = c.childNodes[o];
    return kid ? [rank.get(kid)!, -1] : [last.get(c)! + 0.5, -1];
  }
  toString(): string {
    const [a, ao] = this.key(this.sc, this.startOffset),
      [b, bo] = this.key(this.ec, this.endOffset);
    let out = '';
    for (const t of this.order.texts) {
      const r = this.order.rank.get(t)!;
      if (r < a || r > b) continue;
      out += t.data.slice(r === a ? Math.max(0, ao) : 0, r === b && bo >= 0 ? bo : t.data.length);
    }
    return out;
  }
}

function page(body: string): Document {
  const { document } = parseHTML(
    `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`,
  );
  const order = orderOf(document);
  (document as unknown as { createRange(): unknown }).createRange = () => new TextRange(order);
  return document;
}

const opts = (steps?: PrefilterOptions['steps']): PrefilterOptions => ({
  candidateEnds: (text, ends, carry) => matcher.candidateEnds(text, ends, carry),
  steps,
});

function prefiltered(root: Node, steps?: PrefilterOptions['steps']): Segment[] {
  return [...candidateSegments(root, opts(steps))].filter((s): s is Segment => typeof s !== 'number');
}

/** The segments of a full walk in which the matcher finds a mention, as their texts. */
function withMentions(root: Node): string[] {
  return allSegments(root)
    .filter((seg) => matcher.scan(seg.map((t) => t.data)).length > 0)
    .map(joined);
}
const joined = (seg: Segment) => seg.map((t) => t.data).join('');

const PAGES: Record<string, string> = {
  mixed:
    '<h1>Notes</h1><p>Read <b>Kas</b>persky and <i>Fort</i>inet today.</p><div>Cisco <script>var s = "Kaspersky";</script> said<span> Sol<b>ar</b>Winds</span></div>' +
    '<textarea>Kaspersky</textarea><ul><li>Huawei</li><li>nothing here</li><li><a href="#">Kasp<em>er</em></a>sky <div>Fortinet</div> tail</li></ul><style>.k{}</style><p>none</p>',
  dense: `<p>${'<b>Kaspersky</b> and '.repeat(300)}</p><p>after <b>Fortinet</b></p>`,
  wrapped: `<div><div><section><p>${'<span>Kas</span>persky, '.repeat(200)}</p></section></div></div><p>Cisco</p>`,
  longNode: `<pre>${'Huawei Fortinet plain words '.repeat(800)}</pre><p>Kaspersky</p>`,
  inlineRuns: `<p>${'<b>Kaspersky</b> x '.repeat(50)}<div>block Fortinet</div>${'<i>Huawei</i> y '.repeat(50)}</p>`,
  // Flat, with scripts to step over and blocks holding a noscript to step into, among the batches.
  scripts:
    Array.from({ length: 120 }, (_, i) =>
      i % 9 === 0
        ? `<script>var k${i} = "Kaspersky";</script>`
        : i % 13 === 0
          ? `<div><noscript>Fortinet</noscript>Huawei ${i}</div>`
          : `<p>${i % 5 ? 'plain words' : 'Cisco'} ${i}</p>`,
    ).join('') + '<style>.x{}</style>',
};

describe('prefilter: candidate segments', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`${name}: yields each segment with a mention once, in document order, as a full walk cuts it`, () => {
      const body = page(html).body as unknown as Node;
      const segs = prefiltered(body);
      expect(new Set(segs.flatMap((s) => s)).size).toBe(segs.flatMap((s) => s).length); // each text node once
      const all = allSegments(body).map(joined);
      // Every segment yielded is one of the full walk's (same cuts), in order; those with mentions are all there.
      let at = 0;
      for (const s of segs.map(joined)) {
        at = all.indexOf(s, at);
        expect(at).toBeGreaterThanOrEqual(0);
        at++;
      }
      expect(segs.map(joined).filter((s) => matcher.scan([s]).length > 0)).toEqual(withMentions(body));
    });
    it(`${name}: the same segments in steps of any size`, () => {
      const body = page(html).body as unknown as Node;
      const whole = prefiltered(body);
      for (const steps of [
        { text: 1, nodes: 1 },
        { text: 7, nodes: 3 },
        { text: 300, nodes: 40 },
      ])
        expect(prefiltered(body, steps)).toEqual(whole);
    });
  }
});

describe('prefilter: cost on a flat page', () => {
  it('steps over children whose text was read, not over every later sibling, after each hit', () => {
    // 3,000 paragraphs straight under <body> (as in the WHATWG spec), a name in every 100th.
    const html = Array.from(
      { length: 3000 },
      (_, i) => `<p>${i % 100 ? 'plain words' : 'Kaspersky'}</p>`,
    ).join('');
    const body = page(html).body as unknown as Node;
    let steps = 0,
      segs = 0;
    for (const s of candidateSegments(body, opts({ text: 65_536, nodes: 1 })))
      if (typeof s === 'number') steps++;
      else segs++;
    expect(segs).toBe(30);
    // Each step is a batch of text or one node visited: a few hundred in all. Counting on from each
    // hit to the last child would take 30 walks of up to 3,000 siblings (45,000 steps).
    expect(steps).toBeLessThan(1000);
  });
});

describe('prefilter: scripts after a long run of children', () => {
  it('finds each script to step over by counting the children once, not by comparing positions at every batch', () => {
    // 3,000 paragraphs and then scripts: a native position comparison per batch crawled over every
    // paragraph before it (45–66 ms in Chromium on 10,000).
    const html =
      Array.from({ length: 3000 }, (_, i) => `<p>${i % 100 ? 'plain words' : 'Kaspersky'}</p>`).join('') +
      '<script>var k = "Kaspersky";</script><p>Fortinet</p><style>p{}</style>';
    const doc = page(html);
    const body = doc.body as unknown as Node;
    let owner: object | null = body;
    while (owner && !Object.prototype.hasOwnProperty.call(owner, 'compareDocumentPosition'))
      owner = Object.getPrototypeOf(owner);
    const proto = owner as { compareDocumentPosition: (other: Node) => number };
    const native = proto.compareDocumentPosition;
    let calls = 0;
    proto.compareDocumentPosition = function (this: Node, other: Node) {
      calls++;
      return native.call(this, other);
    };
    try {
      const segs = prefiltered(body).map(joined);
      expect(segs).toEqual([...Array(30).fill('Kaspersky'), 'Fortinet']);
    } finally {
      proto.compareDocumentPosition = native;
    }
    expect(calls).toBe(0);
  });
});

describe('prefilter: a giant line of text', () => {
  const names = (n: number) => '<b>Kaspersky</b> and '.repeat(n);
  const texts = (html: string, steps: PrefilterOptions['steps']) =>
    prefiltered(page(html).body as unknown as Node, steps).map((s) => [s.length, joined(s).slice(0, 20)]);
  const small = [
    { text: 65_536, nodes: 256, segmentNodes: 100 },
    { text: 7, nodes: 3, segmentNodes: 100 },
  ];

  it('ends a segment at segmentNodes text nodes when its block is one line, and reads nothing more of that block', () => {
    for (const html of [
      `<p>${names(300)}</p><p>after <b>Fortinet</b></p>`,
      `<div><section><p>${names(300)}</p></section><p>after <b>Fortinet</b></p></div>`,
      `<div><p><span>${names(300)}</span></p></div><p>after <b>Fortinet</b></p>`,
    ])
      for (const steps of small)
        expect(texts(html, steps), html.slice(0, 30)).toEqual([
          [100, 'Kaspersky and Kasper'],
          [2, 'after Fortinet'],
        ]);
  });

  it('ends such a segment at its segmentHits-th text node holding a name, whatever the steps', () => {
    for (const steps of [
      { text: 65_536, nodes: 256, segmentNodes: 10_000, segmentHits: 50 },
      { text: 7, nodes: 3, segmentNodes: 10_000, segmentHits: 50 },
    ]) {
      // "Kaspersky", " and ", … : the 50th name is the 99th text node.
      expect(texts(`<p>${names(300)}</p><p>after <b>Fortinet</b></p>`, steps)).toEqual([
        [99, 'Kaspersky and Kasper'],
        [2, 'after Fortinet'],
      ]);
      // Not in a block that something cuts: the segments of a full walk.
      const cut = `<p>${names(150)}<br>${names(150)}</p>`;
      expect(texts(cut, steps)).toEqual(texts(cut, undefined));
      // Nor in one where an inline element is skipped (the second part of the check).
      for (const skipped of [
        '<span contenteditable>',
        '<span class="x cm-editor">',
        '<b data-vendor-lens="off">',
      ]) {
        const held = `<p>${names(150)}${skipped}Huawei</${skipped.slice(1, skipped.search(/[ >]/))}>${names(150)}</p>`;
        expect(texts(held, steps)).toEqual(texts(held, undefined));
      }
    }
  });

  it('begins each part of the one-line check, queries of the whole block, in a step of its own (a fresh slice)', () => {
    for (const steps of [
      { text: 65_536, nodes: 256, segmentNodes: 10_000, segmentHits: 50 },
      { text: 7, nodes: 3, segmentNodes: 10_000, segmentHits: 50 },
    ]) {
      const body = page(`<p>${names(300)}</p><p>after <b>Fortinet</b></p>`).body;
      const block = body.querySelector('p')!;
      const log: string[] = [];
      const query = block.querySelector.bind(block);
      block.querySelector = ((sel: string) => (log.push('query'), query(sel))) as typeof block.querySelector;
      for (const s of candidateSegments(body as unknown as Node, opts(steps)))
        log.push(s === FRESH_SLICE ? 'fresh' : typeof s === 'number' ? 'step' : `segment ${s.length}`);
      // Runs of queries: an element that breaks the line (one query), then one skipped (one per selector).
      const runs = log.join(' ').match(/(?:\w+ )?query(?: query)*/g)!;
      expect(runs.map((r) => r.split(' ').filter((e) => e === 'query').length)).toEqual([1, 6]);
      expect(runs.map((r) => r.split(' ')[0])).toEqual(['fresh', 'fresh']);
      expect(log.filter((e) => e.startsWith('segment'))).toEqual(['segment 99', 'segment 2']);
    }
  });

  it('never matches more than a step of text at once, even in a long text node among many short ones', () => {
    // The probe for a text node's own hit skips long nodes: a 10 MB node full of names was matched whole.
    const long = 'Huawei and '.repeat(20_000); // 220,000 code units
    const body = page(`<p>${names(50)}<span>${long}</span>${names(50)}</p>`).body as unknown as Node;
    let most = 0;
    const o = opts({ text: 65_536, nodes: 256, segmentNodes: 10_000, segmentHits: 60 });
    const ends = o.candidateEnds;
    o.candidateEnds = (text, e, carry) => ((most = Math.max(most, text.length)), ends(text, e, carry));
    const segs = [...candidateSegments(body, o)].filter((x): x is Segment => typeof x !== 'number');
    expect(most).toBeLessThanOrEqual(65_536);
    // 50 names and their " and "s, the long node (not probed), then 10 more names: cut at the 60th hit.
    expect(segs.map((x) => x.length)).toEqual([100 + 1 + 19]);
  });

  it('costs what the first nodes do: the block after the cut is neither walked nor read', () => {
    const body = page(`<p>${names(20_000)}</p><p>after <b>Fortinet</b></p>`).body as unknown as Node;
    let cost = 0;
    const segs: Segment[] = [];
    for (const s of candidateSegments(body, opts({ text: 65_536, nodes: 256, segmentNodes: 100 })))
      if (typeof s !== 'number') segs.push(s);
      else if (s !== LOOK && s !== FRESH_SLICE) cost += s; // not the whole-document queries' fixed estimates
    expect(segs.map((s) => s.length)).toEqual([100, 2]);
    // Steps report about the code units read and nodes walked: the 20,000 names' 400,000 code units are not.
    expect(cost).toBeLessThan(10_000);
  });

  it('walks a block whole when anything in it cuts or is skipped: the segments of a full walk', () => {
    for (const html of [
      `<p>${names(150)}<br>${names(150)}</p>`,
      `<p>${names(150)}<span data-vendor-lens="off">Kaspersky</span>${names(150)}</p>`,
      `<div>${names(150)}<p>Huawei</p>${names(150)}</div>`,
    ])
      for (const steps of small) expect(texts(html, steps), html.slice(-40)).toEqual(texts(html, undefined));
  });
});

describe('prefilter: batches', () => {
  it("reads a giant element's children in batches, never its whole text at once", () => {
    const doc = page(`<p>${'<b>Kasparov</b> and '.repeat(20_000)}</p><p>end</p>`);
    const batches = new Batches(doc.body as unknown as Node, doc.createRange());
    let longest = 0,
      all = '';
    for (let t = batches.next(); t !== null; t = batches.next()) {
      longest = Math.max(longest, t.length);
      all += t;
      batches.done(t.length, null);
    }
    expect(all).toBe(doc.body.textContent);
    expect(longest).toBeLessThan(50_000); // the paragraph's text is 380,000 code units
  });
});

describe('segment walker: resumable', () => {
  it('gives the same segments whether walked in one go or with tiny budgets', () => {
    for (const html of Object.values(PAGES)) {
      const body = page(html).body as unknown as Node;
      for (const budget of [1, 2, 5, 64]) {
        const w = new SegmentWalker(body),
          out: Segment[] = [];
        for (let s = w.nextWithin(budget); s !== null; s = w.nextWithin(budget)) if (s) out.push(s);
        expect(out).toEqual(allSegments(body));
      }
    }
  });
});
