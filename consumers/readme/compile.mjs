/**
 * Type-checks and emits the README blocks with the TypeScript API, run inside the readme fixture
 * (its own typescript): every file gets its own syntactic and semantic diagnostics, so a syntax
 * error in one block never hides type errors in another (tsc stops at syntax errors).
 * Prints JSON: { [file]: string[] } of diagnostics per block file.
 */
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const ts = require('typescript');
const configPath = join(process.cwd(), 'tsconfig.json');
const config = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
if (!config) throw new Error('tsconfig.json could not be read');
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
const result = {};
const text = (d) => {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return `TS${d.code}: ${message}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `(${line + 1},${character + 1}) TS${d.code}: ${message}`;
};
for (const file of program.getSourceFiles()) {
  if (!config.fileNames.includes(file.fileName)) continue;
  const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
  result[relative(join(process.cwd(), 'blocks'), file.fileName)] = diagnostics.map(text);
}
result['(options)'] = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(text);
program.emit();
console.log(JSON.stringify(result));
