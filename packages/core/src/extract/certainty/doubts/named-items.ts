import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { afterField, type DoubtRule, exactValueToken } from '../context';
import { capitalised } from '../helpers';

/** How many lowercase words of the counted noun may follow the count (`dự án đường sắt`). */
const NOUN_WORDS = 4;
/** How many tokens of the first name may stand before the joiner (`Tân Sơn Nhất`, `TP. HCM`). */
const NAME_TOKENS = 5;
/** The longest count read as a handful of named items (two digits: `2`, `02`, `12`). */
const SMALL_COUNT = 2;
/** How many more lowercase words of a longer counted noun may stand before the comma of a list lead. */
const LEAD_REACH = 6;
/** How many tokens of the first name after a list lead may stand before the joiner (`Công ty TNHH MTV Nước sạch Hà Nội (Hawacom)`). */
const LED_NAME_TOKENS = 12;

/**
 * `đường cất hạ cánh tại 2 cảng hàng không Nội Bài, Tân Sơn Nhất, 02 dự án đường sắt Hà Nội và TP.
 * HCM`, `nâng cấp 3 bệnh viện tuyến huyện Kim Sơn, Yên Mô và Nho Quan`, `the two airports Noi Bai
 * and Tan Son Nhat`: a small count whose counted noun is followed by the names of the items it
 * counts, joined by a comma or `và`/`and`, identifies those items — it describes them, it is no
 * figure of an indicator. Its value is doubted (`counted-noun`); a count followed by a place after
 * a preposition (`bán 2 tàu tại Hải Phòng và Quảng Ninh`, `12 projects in Hanoi and …`: grammar
 * `placePrepositions`) or by no lowercase noun (`12 Japanese, Korean …`) keeps its reading. Round 25.
 * @internal
 */
export const namedItemsDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const n = t[k] as Token;
    const digits = n.text.replace(/^0+/u, '');
    if (n.text.length > SMALL_COUNT || digits.length === 0 || /\D/u.test(n.text)) return false;
    const preps = ctx.g.placePrepositions;
    // (the counted noun: lowercase words from the number on, none of them a preposition)
    let j = k + 1;
    let nouns = 0;
    const end = afterField(ctx, f) ?? j;
    while (j < t.length && nouns <= NOUN_WORDS) {
      const x = t[j] as Token;
      if (x.kind !== 'word' || capitalised(x)) break;
      if (preps && matchAt(t, j, preps)) return false;
      nouns++;
      j++;
    }
    if (nouns === 0 || j < end) return false;
    // (`có 5 đơn vị kinh doanh sản xuất tham gia, bao gồm Công ty …, Công ty …`, `3 plants, including
    // Nghi Son and Dung Quat`: the names after a list lead — a comma, then `bao gồm`, `gồm`, `including`,
    // `namely` or a colon — after a longer counted noun, round 27)
    let led = false;
    if (!capitalised(t[j])) {
      led = true;
      let m = j;
      while (m < t.length && m < j + LEAD_REACH && (t[m] as Token).kind === 'word' && !capitalised(t[m])) m++;
      if ((t[m] as Token | undefined)?.text !== ',') return false;
      const lead = matchAt(t, m + 1, ctx.g.listLeads);
      if (!lead || matchAt(t, m + 1, ctx.g.valueVerbs)) return false;
      j = (t[lead.to] as Token | undefined)?.text === ':' ? lead.to + 1 : lead.to;
      if (!capitalised(t[j])) return false;
    }
    // (the first name, then a joiner and a second name)
    // (after a list lead a name may hold lowercase words and a bracketed short name: `Công ty TNHH MTV
    // Nước sạch Hà Nội (Hawacom), …`)
    for (let i = j + 1; i < t.length && i <= j + (led ? LED_NAME_TOKENS : NAME_TOKENS); i++) {
      const x = t[i] as Token;
      const joiner =
        (x.kind === 'punct' && x.text === ',') || (x.kind === 'word' && ctx.g.periodListJoiners.has(x.forms.fold));
      if (joiner) return capitalised(t[i + 1]);
      if (x.kind === 'punct' && x.text === '.') continue;
      if (led && x.kind === 'punct' && (x.text === '(' || x.text === ')')) continue;
      if (x.kind === 'number' || (!led && !capitalised(x)) || (led && x.kind !== 'word')) return false;
    }
    return false;
  },
};
