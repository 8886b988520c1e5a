/**
 * Child process for timezone.test.ts: loads the TypeScript sources through TypeScript's own
 * transpiler (jest cannot change TZ for code it runs in-process), cleans the cells given as JSON
 * on argv[2] and prints the results with the process's time-zone offset.
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } });
  module._compile(out.outputText, filename);
};

const root = path.resolve(__dirname, '../../..');
const { cleanCell } = require(path.join(root, 'shared/normalize/index.ts'));
const { FIELD_BY_ID } = require(path.join(root, 'shared/schema/fields.ts'));
const { DEFAULT_SETTINGS } = require(path.join(root, 'shared/settings/defaults.ts'));

const inputs = JSON.parse(process.argv[2]);
const results = inputs.map(([field, cell]) =>
  cleanCell(cell, { field: FIELD_BY_ID[field], settings: DEFAULT_SETTINGS, today: { y: 2025, m: 6, d: 15 }, dateSystem: '1900' }));
process.stdout.write(JSON.stringify({ offset: new Date(Date.UTC(2024, 2, 5)).getTimezoneOffset(), results }));
