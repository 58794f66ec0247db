/**
 * Finds where JSON text first goes wrong, as an offset. Browsers word JSON.parse errors
 * differently (and Node 20 often gives no position), so the editor locates the error itself;
 * this runs only after JSON.parse has failed. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // Stack of open containers: 'o' object, 'a' array. `expect` is what may come next.
  const stack: ('o' | 'a')[] = [];
  let expect: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' = 'value';
  for (;;) {
    ws();
    if (i >= n) return stack.length === 0 && expect === 'comma-or-close' ? -1 : n;
    const c = text[i];
    const top = stack[stack.length - 1];
    if (expect === 'value' || expect === 'value-or-close') {
      if (expect === 'value-or-close' && c === ']') {
        stack.pop();
        i++;
        expect = 'comma-or-close';
      } else if (c === '{') {
        stack.push('o');
        i++;
        expect = 'key-or-close';
      } else if (c === '[') {
        stack.push('a');
        i++;
        expect = 'value-or-close';
      } else if (string() || number() || literal('true') || literal('false') || literal('null')) {
        expect = 'comma-or-close';
      } else return i;
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (expect === 'key-or-close' && c === '}') {
        stack.pop();
        i++;
        expect = 'comma-or-close';
      } else if (string()) expect = 'colon';
      else return i;
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else {
      if (top === undefined) return i; // text after the top-level value
      if (c === ',') {
        i++;
        expect = top === 'o' ? 'key' : 'value';
      } else if ((c === '}' && top === 'o') || (c === ']' && top === 'a')) {
        stack.pop();
        i++;
        expect = 'comma-or-close';
      } else return i;
    }
  }
}

/** `line 3, column 18` (1-based) for an offset into the text. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
