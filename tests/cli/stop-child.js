/**
 * Child process for stop-signals.test.ts: a signal sent to jest's own process would stop the tests,
 * so the CLI's host code runs here, from the TypeScript sources through TypeScript's transpiler.
 *   relaunch FILE: the run relaunched with more heap (cli/relaunch.ts), the run being a Node that
 *     writes its pid to FILE and, on SIGTERM, writes FILE.stopped and exits 143.
 *   write TARGET: a file being written (cli/io/write-file.ts) that never finishes, with the stop
 *     signals handled as the CLI handles them (cli/stop-signals.ts).
 *   clean: the same handling, and the thread held by work that never ends, as a long clean holds it.
 * Prints "ready" once the signal can be sent.
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } });
  module._compile(out.outputText, filename);
};

const root = path.resolve(__dirname, '../..');
const [mode, file] = process.argv.slice(2);

if (mode === 'relaunch') {
  const { relaunch } = require(path.join(root, 'cli/relaunch.ts'));
  const { signalExitCode } = require(path.join(root, 'cli/stop-signals.ts'));
  const run = `
    const fs = require('fs');
    process.on('SIGTERM', () => { fs.writeFileSync(${JSON.stringify(file + '.stopped')}, 'SIGTERM'); process.exit(143); });
    fs.writeFileSync(${JSON.stringify(file)}, String(process.pid));
    setInterval(() => {}, 1000);`;
  relaunch(['-e', run], process.env).then((end) => {
    process.exitCode = end.status ?? (end.signal ? signalExitCode(end.signal) : 1);
  });
  const ready = setInterval(() => {
    if (fs.existsSync(file)) {
      clearInterval(ready);
      process.stdout.write('ready\n');
    }
  }, 20);
} else if (mode === 'write') {
  const { replaceAtomic } = require(path.join(root, 'cli/io/write-file.ts'));
  const { cleanUpOnStop } = require(path.join(root, 'cli/stop-signals.ts'));
  cleanUpOnStop();
  replaceAtomic(file, (tmp) => {
    fs.writeFileSync(tmp, '姓名,手机\r\n王芳,138');
    process.stdout.write('ready\n');
    return new Promise(() => {});
  });
  setInterval(() => {}, 1000);
} else if (mode === 'clean') {
  const { cleanUpOnStop } = require(path.join(root, 'cli/stop-signals.ts'));
  cleanUpOnStop();
  process.stdout.write('ready\n', () => {
    for (;;);
  });
}
