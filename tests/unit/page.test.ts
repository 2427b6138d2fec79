// @vitest-environment jsdom
// The page side of the engine (src/browser/) on a DOM: reading a page's text, reading again only what
// changed, painting (the <mark> fallback: the Highlight API is tested in Chromium), and the passages sent
// to be read in full.
import { beforeEach, describe, expect, it } from 'vitest';
import { type Placement, placeCard } from '../../src/browser/card-view';
import { PageChanges } from '../../src/browser/changes';
import { type PageText, type ReadRoot, rangeOf, readPageTextNow } from '../../src/browser/page-text';
import { Painter } from '../../src/browser/painter';
import { bareQuotes, passagesIn } from '../../src/browser/scan';
import { topLevelQuotes } from '../../src/quotes/find';

const paragraphsOf = (page: PageText) => page.paragraphs.map((p) => page.text.slice(p.start, p.end));

function run<R>(work: Generator<void, R>): R {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading the page’s text', () => {
  it('reads each block as a paragraph, and leaves out what a reader does not read as prose', () => {
    document.body.innerHTML = `
      <h1>Council votes on the <em>bridge</em></h1>
      <p>“We will rebuild it by spring,” the mayor said.<br>She spoke at noon.</p>
      <script>var x = "not prose";</script><style>p { color: red }</style>
      <p hidden>Hidden paragraph</p><p aria-hidden="true">Hidden from readers</p>
      <div contenteditable="true"><p>The reader’s own draft</p></div>
      <p>Code: <code>"quoted" in <b>code</b></code> and <svg><text>drawn</text></svg> then prose.</p>
      <figure><img alt=""><figcaption>“A caption,” he said.</figcaption></figure>`;
    const page = readPageTextNow(document.body);
    expect(paragraphsOf(page)).toEqual([
      'Council votes on the bridge',
      '“We will rebuild it by spring,” the mayor said.',
      'She spoke at noon.',
      'Code:  and  then prose.',
      '“A caption,” he said.',
    ]);
    expect(page.roles).toEqual(['heading', 'text', 'text', 'text', 'caption']);
    expect(page.blocks.map((b) => b.tagName)).toEqual(['H1', 'P', 'P', 'P', 'FIGCAPTION']);
  });

  it('maps offsets back to the page: a range over a quotation holds its words', () => {
    document.body.innerHTML = '<p>The mayor said, “We will <a href="#">rebuild</a> the bridge,” and left.</p>';
    const page = readPageTextNow(document.body);
    const [q] = topLevelQuotes(page.text, page.paragraphs);
    expect(rangeOf(page, q!.start, q!.end)!.toString()).toBe('We will rebuild the bridge,');
  });

  it('reads a block’s own text apart from the blocks inside it, and each text node once', () => {
    document.body.innerHTML = '<div id="d">Before <span id="s">inline</span><p>Inner paragraph</p>after</div>';
    const d = document.getElementById('d')!;
    const own = readPageTextNow([{ node: d, own: true }]);
    expect(paragraphsOf(own)).toEqual(['Before inline', 'after']);
    // The span as a subtree of its own, read in the same pass as its block: its text is read once.
    const both = readPageTextNow([
      { node: d, own: true },
      { node: document.getElementById('s')!, own: false },
    ]);
    expect(both.nodes.map((n) => n.data)).toEqual(['Before ', 'inline', 'after']);
  });

  it('reads a block’s own text as a read of the whole page does: a block holding only blank text parts nothing', () => {
    document.body.innerHTML = '<div id="d">“We will rebuild the bridge,” <span> </span><p>\n</p>the mayor said.</div>';
    const d = document.getElementById('d')!;
    const whole = paragraphsOf(readPageTextNow(document.body));
    expect(whole).toEqual(['“We will rebuild the bridge,” the mayor said.']);
    expect(paragraphsOf(readPageTextNow([{ node: d, own: true }]))).toEqual(whole);
  });
});

describe('what changed', () => {
  let changes: PageChanges;
  let observer: MutationObserver;
  const take = () => {
    changes.record(observer.takeRecords());
    return changes.take();
  };
  const names = (roots: ReadRoot[]) =>
    roots.map((r) => `${(r.node as Element).id || (r.node as Element).tagName}${r.own ? ' (own)' : ''}`);

  beforeEach(() => {
    document.body.innerHTML = `<article id="a"><p id="p1">First “quoted words here,” she said.</p>
      <p id="p2">Second <b id="b">bold</b> paragraph.</p></article><aside id="card"><p>Ours</p></aside>`;
    changes = new PageChanges((n) => document.getElementById('card')!.contains(n));
    observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  it('reads again the paragraph whose text was edited in place, and only it', () => {
    (document.getElementById('b')!.firstChild as Text).data = 'strong';
    const { roots, stale } = take();
    expect(names(roots)).toEqual(['p2 (own)']);
    expect(stale([document.getElementById('p2')!])).toBe(true);
    expect(stale([document.getElementById('p1')!])).toBe(false);
    expect(paragraphsOf(readPageTextNow(roots))).toEqual(['Second strong paragraph.']);
  });

  it('reads a paragraph that arrived whole, and the paragraph that inline text joined', () => {
    const p3 = document.createElement('p');
    p3.id = 'p3';
    p3.textContent = 'A new paragraph.';
    document.getElementById('a')!.append(p3);
    const span = document.createElement('span');
    span.textContent = ' (updated)';
    document.getElementById('p1')!.append(span);
    const { roots } = take();
    expect(names(roots)).toEqual(['p1 (own)', 'SPAN', 'p3']);
    expect(paragraphsOf(readPageTextNow(roots))).toEqual([
      'First “quoted words here,” she said. (updated)',
      'A new paragraph.',
    ]);
  });

  it('finds quotations in a paragraph that left the page stale, and reads nothing for it', () => {
    const p1 = document.getElementById('p1')!;
    p1.remove();
    const { roots, stale } = take();
    expect(roots).toEqual([]);
    expect(stale([p1])).toBe(true);
  });

  it('reads a subtree that arrived once, whatever changed inside it since', () => {
    const section = document.createElement('section');
    section.id = 'live';
    section.innerHTML = '<p>One</p>';
    document.body.append(section);
    section.querySelector('p')!.append(' more');
    section.append(document.createElement('p'));
    expect(names(take().roots)).toEqual(['live']);
  });

  it('leaves changes to our own elements alone', () => {
    document.getElementById('card')!.querySelector('p')!.textContent = 'Changed';
    changes.record(observer.takeRecords());
    expect(changes.empty).toBe(true);
  });
});

describe('painting without the Highlight API', () => {
  it('wraps a quotation in marks, and taking it off gives the page its text back', () => {
    document.body.innerHTML = '<p id="p">She said “we will <i>not</i> back down” today.</p>';
    const before = document.body.textContent;
    const page = readPageTextNow(document.body);
    const [q] = topLevelQuotes(page.text, page.paragraphs);
    const painter = new Painter<{ id: number }>(document, false);
    const item = painter.paint(rangeOf(page, q!.start, q!.end)!, 'quote', { id: 1 });
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['we will ', 'not', ' back down']);
    expect(document.body.textContent).toBe(before);
    expect(painter.holding(document.querySelector('i')!)).toBe(item);
    painter.setActive(item);
    expect(document.querySelectorAll('mark.whosaid-mark--active')).toHaveLength(3);
    expect(painter.removeWhere((i) => i.data.id === 1)).toEqual([item]);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(document.body.textContent).toBe(before);
    expect(painter.painted).toEqual([]);
  });
});

describe('reading again what changed, end to end', () => {
  /** Paints every quotation of the roots read, as the content script paints what the index knows. */
  function paintRead(painter: Painter<{ blocks: Element[]; text: string }>, roots: ReadRoot[]): void {
    const page = readPageTextNow(roots);
    for (const q of topLevelQuotes(page.text, page.paragraphs)) {
      const range = rangeOf(page, q.start, q.end)!;
      const block = (range.startContainer as Text).parentElement!.closest('p')!;
      painter.paint(range, 'quote', { blocks: [block], text: page.text.slice(q.start, q.end) });
    }
  }

  it('takes off what was edited away and paints what the edit brought, leaving the rest painted', () => {
    document.body.innerHTML = `<p id="p1">“The first quotation stays,” she said.</p>
      <p id="p2">“The second quotation goes,” he said.</p>`;
    const painter = new Painter<{ blocks: Element[]; text: string }>(document, false);
    const changes = new PageChanges(() => false);
    paintRead(painter, [{ node: document.body }]);
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const kept = painter.painted[0]!;

    document.getElementById('p2')!.textContent = '“An updated quotation instead,” he said.';
    changes.record(observer.takeRecords());
    const { roots, stale } = changes.take();
    const gone = painter.removeWhere((item) => stale(item.data.blocks));
    expect(gone.map((i) => i.data.text)).toEqual(['The second quotation goes,']);
    paintRead(painter, roots);
    expect(painter.painted.map((i) => i.data.text)).toEqual([
      'The first quotation stays,',
      'An updated quotation instead,',
    ]);
    expect(painter.painted[0]).toBe(kept);
    expect(document.getElementById('p2')!.textContent).toBe('“An updated quotation instead,” he said.');
  });
});

describe('passages and quotations without marks', () => {
  it('sends the paragraphs with quotations, a few before them, and says which are headings or captions', () => {
    document.body.innerHTML = `<h2>“Section title in quotes”</h2><p>Mayor Jane Smith spoke on Monday.</p>
      <p>Nothing quoted here.</p><p>“We will rebuild,” she said.</p><figure><figcaption>“A caption quote,” he said.</figcaption></figure>`;
    const page = readPageTextNow(document.body);
    const passages = run(passagesIn(page));
    expect(passages).toHaveLength(1);
    const [p] = passages;
    expect(p!.paragraphs).toHaveLength(5);
    expect(p!.apart).toEqual([0, 4]);
  });

  it('finds blockquotes and <q> in a subtree, and only the inline ones in a block’s own text', () => {
    document.body.innerHTML = `<div id="d">He put it plainly: <q>we have to rebuild this bridge before the winter comes</q>
      <blockquote>Pull quote without any marks at all, long enough to count</blockquote></div>`;
    const d = document.getElementById('d')!;
    expect(bareQuotes({ node: d }, null).map((b) => b.element.tagName)).toEqual(
      expect.arrayContaining(['Q', 'BLOCKQUOTE']),
    );
    expect(bareQuotes({ node: d, own: true }, null).map((b) => b.element.tagName)).toEqual(['Q']);
    expect(bareQuotes({ node: d.querySelector('blockquote')! }, null)).toHaveLength(1);
  });
});

describe('where the card goes', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 380, height: 260 };
  const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);
  const clear = (p: Placement, anchor: DOMRect, height = size.height) =>
    p.top + Math.min(height, p.maxHeight) <= anchor.top ||
    p.top >= anchor.bottom ||
    p.left >= anchor.right ||
    p.left + size.width <= anchor.left;

  it('goes below the whole quotation, or above it at the viewport’s bottom edge, never over it', () => {
    const high = rect(100, 100, 600, 120);
    expect(placeCard(high, size, viewport)).toMatchObject({ side: 'below', top: 228 });
    const low = rect(100, 600, 600, 150);
    const above = placeCard(low, size, viewport);
    expect(above).toMatchObject({ side: 'above', top: 600 - 8 - 260 });
    expect(clear(above, low)).toBe(true);
  });

  it('shortens the card to the room on the roomier side, and only then goes beside or over the quotation', () => {
    const middle = rect(100, 200, 600, 420);
    const shortened = placeCard(middle, size, viewport);
    expect(shortened).toMatchObject({ side: 'above', maxHeight: 184 });
    expect(clear(shortened, middle)).toBe(true);
    const tall = rect(100, 40, 500, 740);
    expect(placeCard(tall, size, viewport)).toMatchObject({ side: 'right', left: 608 });
    expect(placeCard(rect(0, 0, 1000, 800), size, viewport).side).toBe('over');
  });
});
