import { expect } from 'storybook/test';

/**
 * Every place where a line of the element's text breaks between a digit and a letter or digit:
 * a number split from its unit (`3.630 | tỷ đồng`) or inside itself (`987.654.3 | 21`). A break
 * after a group separator (`987.654. | 321`), after `%` or between words is fine.
 */
export function badLineBreaks(element: Element): string[] {
  const chars: { ch: string; top: number; node: Text; at: number }[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] ?? '';
      if (/\s/.test(ch)) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue;
      chars.push({ ch, top: rect.top, node, at: i });
    }
  }
  const bad: string[] = [];
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1];
    const next = chars[i];
    if (!prev || !next || next.top - prev.top < 4) continue;
    // only breaks inside one run of text (a figure's parts share their parent), not between blocks
    if (prev.node.parentElement !== next.node.parentElement) continue;
    // a new line starts at `next`
    if (/\d/.test(prev.ch) && /[\p{L}\d]/u.test(next.ch)) {
      const context = (prev.node.data + (prev.node === next.node ? '' : ` | ${next.node.data}`)).slice(0, 60);
      bad.push(`…${prev.ch}⏎${next.ch}… in “${context}”`);
    }
  }
  return bad;
}

export async function expectNoBadLineBreaks(element: Element): Promise<void> {
  await expect(badLineBreaks(element)).toEqual([]);
}
