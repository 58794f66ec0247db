/** Joins class names, skipping empty ones and anything that is not a string (never "[object Object]"). @internal */
export function cx(...names: readonly unknown[]): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ');
}
