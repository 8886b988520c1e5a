/**
 * Child process for stop-signals.test.ts: a signal sent to jest's own process would stop the tests,
 * so the CLI's host code runs here, from the TypeScript sources through TypeScript's transpiler.
 *   relaunch FILE: the run relaunched with more heap (cli/relaunch.ts), the run being a Node that
 *     writes its pid to FILE and, on SIGTERM, writes FILE.stopped and exits 143.
 *   write TARGET: a file being written (cli/io/write-file.ts) that never finishes, with the stop
 *     signals handled as the CLI handles them (cli/stop-signals.ts).
 *   clean: the same handling, and the thread held by work that never ends, as a long clean holds it.
 *   pipe LANG FILE PIPE: a run's cleaned FILE and its report to the named pipe PIPE, which no one
 *     reads (`mkfifo p; … --json p`), moved in as the CLI does (commitStaged), with the CLI's line on
 *     a stop in LANG; "ready" once the pipe is being opened to write.
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
const [mode, file, ...rest] = process.argv.slice(2);

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
} else if (mode === 'pipe') {
  const [target, pipe] = rest;
  const lang = file;
  const { stageText, commitStaged } = require(path.join(root, 'cli/io/write-file.ts'));
  const { cleanUpOnStop } = require(path.join(root, 'cli/stop-signals.ts'));
  const { stopLine } = require(path.join(root, 'cli/main.ts'));
  cleanUpOnStop(stopLine(() => lang));
  // "ready" once the pipe is asked to open for writing, whichever way write-file.ts opens it.
  let said = false;
  const ready = (name) => {
    if (!said && path.resolve(String(name)) === path.resolve(pipe)) {
      said = true;
      process.stdout.write('ready\n');
    }
  };
  const { open, openSync } = fs;
  fs.open = function (name, ...args) {
    const result = open.call(this, name, ...args);
    ready(name);
    return result;
  };
  fs.openSync = function (name, ...args) {
    try {
      return openSync.call(this, name, ...args);
    } finally {
      ready(name);
    }
  };
  (async () => {
    const staged = [await stageText(target, '姓名,手机\r\n王芳,13812345678\r\n李娜,13912345678\r\n'), await stageText(pipe, '{"version":1}\n')];
    await commitStaged(staged);
  })();
}
