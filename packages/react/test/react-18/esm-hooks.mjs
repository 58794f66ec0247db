/** ESM resolve hook of the React 18 test project (see register.mjs). */
import { pathToFileURL } from 'node:url';
import { redirect } from './targets.mjs';

export async function resolve(specifier, context, next) {
  const target = redirect(specifier);
  if (target === null) return next(specifier, context);
  return { url: pathToFileURL(target).href, shortCircuit: true, format: 'commonjs' };
}
