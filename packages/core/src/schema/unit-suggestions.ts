/**
 * The built-in unit codes nearest to an unknown one, matching codes and the units' own
 * Vietnamese and English words, without diacritics: `"thuê bao"` → `subscriber`, `"thue bao"`
 * → `subscriber`, `"dong"` → `VND`, `"subscribers"` → `subscriber`, `"persn"` → `person`.
 *
 * @internal
 */

import { closest, fold } from '../errors/suggest';
import type { PluralText, Unit } from '../model/types';
import { units } from '../model/units';

let names: { readonly name: string; readonly code: string }[] | undefined;

const words = (text: PluralText | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : [text.one, text.other];

function unitNames(): readonly { readonly name: string; readonly code: string }[] {
  if (names) return names;
  names = [];
  for (const unit of Object.values(units) as Unit[]) {
    names.push({ name: unit.code, code: unit.code });
    for (const locale of ['vi', 'en'] as const) {
      for (const word of words(unit.words[locale])) {
        // "tờ, cuốn" is two words for one unit.
        for (const part of word.split(',')) if (fold(part) !== '') names.push({ name: part.trim(), code: unit.code });
      }
    }
  }
  return names;
}

/** Up to `limit` built-in codes nearest to `text`, exact word matches first. */
export function nearestUnitCodes(text: string, limit = 3): string[] {
  const all = unitNames();
  const folded = fold(text);
  const codes: string[] = [];
  for (const n of all) if (fold(n.name) === folded && !codes.includes(n.code)) codes.push(n.code);
  // A unit word inside the text: "tỷ đồng" names VND, "triệu thuê bao" subscriber.
  const padded = ` ${folded} `;
  for (const n of all) {
    const word = fold(n.name);
    if (word.length >= 2 && padded.includes(` ${word} `) && !codes.includes(n.code)) codes.push(n.code);
  }
  for (const name of closest(
    text,
    all.map((n) => n.name),
    { limit: 12 },
  )) {
    const code = all.find((n) => n.name === name)?.code;
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  }
  return codes.filter((code) => code !== text).slice(0, limit);
}
