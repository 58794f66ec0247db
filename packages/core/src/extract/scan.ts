import { FIGURE_RULES } from './figure-rules';
import type { Grammar } from './grammar';
import { negate } from './numeral';
import { matchPeriod } from './period-phrase';
import { readQuantity } from './quantity';
import { readNumber } from './read-number';
import {
  afterQualifier,
  type Cursor,
  dateAt,
  type Found,
  gluedWordAt,
  type Item,
  identifierAt,
  isNum,
  isP,
  m,
  monthsBeforeVerb,
  readBase,
  SEPARATORS,
} from './rules/context';
import type { Token } from './tokenize';

export type { BaseRead, Cursor, Figure, Found, Item } from './rules/context';

/** The first figure rule of {@link FIGURE_RULES} (in its order) that reads a figure at token `i`. */
function firstFigure(c: Cursor, i: number): Found | null {
  for (const r of FIGURE_RULES) {
    if (!r.locales.includes(c.g.locale)) continue;
    const found = r.match(c, i);
    if (found) return found;
  }
  return null;
}

/**
 * Scans tokens `[from, to)` of one sentence into items: separators, periods, bases, markers,
 * figures and the words left over (which become names). Left to right, longest rule first at
 * each position, so the result is deterministic.
 */
export function scanSentence(text: string, tokens: readonly Token[], from: number, to: number, g: Grammar): Item[] {
  const c: Cursor = { text, tokens, g, limit: to };
  const items: Item[] = [];
  let i = from;
  let sawWord = false;
  let lastChange: 1 | -1 | undefined;
  while (i < to) {
    const t = tokens[i] as Token;
    // The full stop that ends the sentence is no part of a name before it.
    if (t.kind === 'punct' && i === to - 1 && ['.', '!', '?', '…'].includes(t.text)) {
      items.push({ t: 'sep', from: i, to: i + 1, ch: t.text });
      i++;
      continue;
    }
    if (
      t.kind === 'punct' &&
      SEPARATORS.has(t.text) &&
      !(t.text === '–' && isNum(tokens[i - 1]) && isNum(tokens[i + 1]))
    ) {
      items.push({ t: 'sep', from: i, to: i + 1, ch: t.text });
      i++;
      sawWord = false;
      if (t.text === ';') lastChange = undefined;
      continue;
    }
    if (t.kind === 'number') {
      const d = dateAt(c, i);
      if (d) {
        items.push({ t: 'number', from: i, to: i + d, why: 'date' });
        i += d;
        continue;
      }
      if (identifierAt(c, i) || gluedWordAt(c, i)) {
        items.push({ t: 'number', from: i, to: i + 1, why: 'identifier' });
        i++;
        continue;
      }
    }
    const period = matchPeriod(tokens, i, g.locale) ?? monthsBeforeVerb(c, i);
    if (period && period.to <= to) {
      items.push({ t: 'period', from: i, to: period.to, match: period });
      i = period.to;
      continue;
    }
    if (t.kind === 'number' && afterQualifier(c, i)) {
      items.push({ t: 'number', from: i, to: i + 1, why: 'qualifier' });
      i++;
      continue;
    }
    const ofWhich = m(c, i, g.ofWhich);
    if (ofWhich) {
      items.push({ t: 'marker', from: i, to: ofWhich.to, kind: 'of-which', level: ofWhich.level });
      i = ofWhich.to;
      continue;
    }
    const target = m(c, i, g.targetMarkers);
    if (target) {
      items.push({ t: 'marker', from: i, to: target.to, kind: 'target', level: target.level });
      i = target.to;
      continue;
    }
    // `kế hoạch năm 2021`, `đến năm 2025`, `the plan for 2021`: a plan for a named period.
    const planWord = m(c, i, g.planValueWords);
    const before = planWord;
    if (before && matchPeriod(tokens, before.to, g.locale)) {
      items.push({ t: 'marker', from: i, to: before.to, kind: 'target', level: before.level });
      i = before.to;
      continue;
    }
    const found = firstFigure(c, i);
    // `tăng 7,5-8%`, `growth of 7.5-8%`: the figure is a range, read as neither end.
    if (found && isP(tokens[found.to], '-', '–', '—') && isNum(tokens[found.to + 1]) && found.to + 1 < to) {
      const second = readQuantity(text, tokens, found.to + 1, g, to);
      const end = second?.quantity ? second.to : found.to + 2;
      const error = `A range (${text.slice((tokens[i] as Token).start, (tokens[end - 1] as Token).end)}), no single figure`;
      items.push({ t: 'bad-number', from: i, to: end, error, range: true });
      i = end;
      continue;
    }
    if (found) {
      let { fig, rule } = found;
      // `tăng 1,8% so với tháng trước và 9,2% so với cùng kỳ`: the verb of the change before
      // carries over to a bare percentage with a base.
      if (fig.kind === 'change' && fig.form === 'ratio' && fig.verbless && lastChange) {
        fig = { ...fig, form: 'rate', amount: lastChange < 0 ? negate(fig.amount) : fig.amount };
        rule = `${g.locale}.change.elliptic-rate`;
      }
      // `up 15.7% and 13.7% in volume and value`: a bare percentage joined to a rate right
      // before it is a second rate with the same verb (and no base of its own).
      const joiner = items[items.length - 1];
      const before = items[items.length - 2];
      if (
        fig.kind === 'percent' &&
        lastChange &&
        ((joiner?.t === 'marker' && joiner.kind === 'joiner') ||
          (joiner?.t === 'word' && m(c, joiner.from, g.joiners)?.to === joiner.to)) &&
        before?.t === 'figure' &&
        before.fig.kind === 'change' &&
        before.fig.form === 'rate' &&
        fig.q.quantity
      ) {
        const amount = fig.q.quantity.number;
        fig = {
          kind: 'change',
          form: 'rate',
          amount: lastChange < 0 ? negate(amount) : amount,
          numberAt: fig.q.numberAt,
        };
        rule = `${g.locale}.change.elliptic-rate`;
      }
      if (fig.kind === 'change' && (fig.form === 'rate' || fig.form === 'points'))
        lastChange = fig.amount.value.startsWith('-') ? -1 : 1;
      items.push({ t: 'figure', from: i, to: found.to, fig, rule, level: found.level });
      i = found.to;
      continue;
    }
    const base = readBase(c, i);
    if (base) {
      items.push({ t: 'base', from: i, to: base.to, read: base });
      i = base.to;
      continue;
    }
    const stage = m(c, i, g.stageWords);
    if (stage) {
      items.push({ t: 'marker', from: i, to: stage.to, kind: 'stage', stage: stage.phrase.data, level: stage.level });
      i = stage.to;
      continue;
    }
    if (!sawWord) {
      const joiner = m(c, i, g.joiners) ?? null;
      if (joiner) {
        items.push({ t: 'marker', from: i, to: joiner.to, kind: 'joiner', level: joiner.level });
        i = joiner.to;
        continue;
      }
      const topic = m(c, i, g.topicWords);
      if (topic && !isNum(tokens[topic.to])) {
        items.push({ t: 'marker', from: i, to: topic.to, kind: 'topic', level: topic.level });
        i = topic.to;
        continue;
      }
    }
    if (t.kind === 'number') {
      const read = readNumber(t.text, g.locale);
      if ('error' in read) items.push({ t: 'bad-number', from: i, to: i + 1, error: read.error });
      else items.push({ t: 'number', from: i, to: i + 1, why: 'stray' });
      i++;
      continue;
    }
    if (t.kind === 'word') sawWord = true;
    items.push({ t: 'word', from: i, to: i + 1 });
    i++;
  }
  return items;
}
