import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, promises as fsPromises, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { commitStaged, isStream, removePendingFiles, stageText, writeFileAtomic } from '../../../cli/io/write-file';
import { tempDir } from '../helpers';

describe('writeFileAtomic', () => {
  it('replaces the target only with a complete file and leaves no temporary file behind', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const target = path.join(dir, '客户.cleaned.csv');
      writeFileSync(target, 'old');
      await writeFileAtomic(target, '新内容');
      expect(readFileSync(target, 'utf8')).toBe('新内容');
      expect(readdirSync(dir)).toEqual(['客户.cleaned.csv']);
    } finally {
      cleanup();
    }
  });

  it('keeps the old file and cleans up when the write cannot finish', async () => {
    const { dir, cleanup } = tempDir();
    try {
      // A folder in the way makes the final rename fail after the temporary file was written.
      const target = path.join(dir, 'out.xlsx');
      mkdirSync(target);
      writeFileSync(path.join(target, 'keep'), 'x');
      await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
      expect(readdirSync(dir)).toEqual(['out.xlsx']);
      expect(readdirSync(target)).toEqual(['keep']);
    } finally {
      cleanup();
    }
  });

  it('writes text given in pieces as the text they join to, across its chunks', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const target = path.join(dir, 'report.json');
      // Over a megabyte of two-byte text, so the pieces fill several writes.
      const pieces = Array.from({ length: 60000 }, (_, i) => `{"row":${i + 3},"name":"张伟${i}"}\n`);
      await writeFileAtomic(target, pieces);
      expect(readFileSync(target, 'utf8')).toBe(pieces.join(''));
      expect(readdirSync(dir)).toEqual(['report.json']);
    } finally {
      cleanup();
    }
  });

  it('leaves no file when the pieces fail half-way', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const target = path.join(dir, 'report.json');
      function* failing(): Generator<string> {
        yield 'x'.repeat(2 << 20);
        throw new Error('the report could not be built');
      }
      await expect(writeFileAtomic(target, failing())).rejects.toThrow('could not be built');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });
});

describe('writeFileAtomic: the permissions of what it writes', () => {
  it.each<[string, number | null, number | undefined, number]>([
    ['a replaced file keeps its own permissions, whatever the input’s', 0o640, 0o600, 0o640],
    ['a replaced private file stays private', 0o600, 0o644, 0o600],
    ['a new file takes the input’s permissions', null, 0o600, 0o600],
  ])('%s', async (_why, existing, newMode, expected) => {
    const { dir, cleanup } = tempDir();
    try {
      const target = path.join(dir, 'out.csv');
      if (existing !== null) {
        writeFileSync(target, 'old');
        chmodSync(target, existing);
      }
      await writeFileAtomic(target, 'new', newMode);
      expect(statSync(target).mode & 0o777).toBe(expected);
      expect(readdirSync(dir)).toEqual(['out.csv']);
    } finally {
      cleanup();
    }
  });
  it('a new file never gets more than the process’s umask allows, even from a wider input', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, 'plain'), '');
      const allowed = statSync(path.join(dir, 'plain')).mode & 0o777;
      await writeFileAtomic(path.join(dir, 'out.csv'), 'new', 0o666);
      expect(statSync(path.join(dir, 'out.csv')).mode & 0o777).toBe(0o666 & allowed);
    } finally {
      cleanup();
    }
  });
});

describe('commitStaged: a run stopped while its files are moved in', () => {
  it('puts back the files moved so far: the archive is not left holding rows the cleaned file still holds', async () => {
    const { dir, cleanup } = tempDir();
    const rename = jest.spyOn(fsPromises, 'rename');
    try {
      const archive = path.join(dir, '客户.archive.csv');
      const main = path.join(dir, '客户.cleaned.csv');
      writeFileSync(archive, '旧归档');
      writeFileSync(main, '旧结果');
      const staged = [await stageText(archive, '旧归档\n张伟'), await stageText(main, '新结果')];
      // Ctrl-C comes as the cleaned file is about to be moved in: the signal handler runs, the process ends.
      const real = rename.getMockImplementation() ?? fsPromises.rename.bind(fsPromises);
      rename.mockImplementation(async (from, to) => {
        if (to === main) {
          removePendingFiles();
          throw new Error('stopped');
        }
        return real(from, to);
      });
      await expect(commitStaged(staged)).rejects.toThrow('stopped');
      expect(readFileSync(archive, 'utf8')).toBe('旧归档');
      expect(readFileSync(main, 'utf8')).toBe('旧结果');
      expect(readdirSync(dir).sort()).toEqual(['客户.archive.csv', '客户.cleaned.csv']);
    } finally {
      rename.mockRestore();
      cleanup();
    }
  });
});

describe('a target that is no file (a pipe, a terminal, /dev/stdout)', () => {
  // Never the real /dev/stdout or /dev/null: run as root, a regression would replace them. A named
  // pipe in a temporary folder stands for them: it is what `--json /dev/stdout | jq` opens too.
  const fifoIn = (dir: string, name: string): string => {
    const fifo = path.join(dir, name);
    execFileSync('mkfifo', [fifo]);
    return fifo;
  };

  it('takes the process\'s own streams for streams by their names, whatever the shell pointed them at (a redirect into a regular file)', async () => {
    // Only asked, never written: a rename over one of these replaces the link itself.
    for (const name of ['/dev/stdout', '/dev/stderr', '/dev/fd/1', '/dev/fd/9', '/proc/self/fd/1']) expect(await isStream(name)).toBe(true);
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'stdout');
      writeFileSync(file, '');
      expect(await isStream(file)).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('writes the whole report into a named pipe and leaves the pipe a pipe, with no temporary file beside it', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const fifo = fifoIn(dir, 'report.json');
      const pieces = Array.from({ length: 30000 }, (_, i) => `{"row":${i + 2},"name":"王芳${i}"}\n`);
      const [read] = await Promise.all([fsPromises.readFile(fifo, 'utf8'), writeFileAtomic(fifo, pieces)]);
      expect(read).toBe(pieces.join(''));
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir)).toEqual(['report.json']);
    } finally {
      cleanup();
    }
  });

  it('writes through a link to a pipe (as /dev/stdout is a link), keeping the link', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const fifo = fifoIn(dir, 'pipe');
      const link = path.join(dir, 'stdout');
      symlinkSync(fifo, link);
      const [read] = await Promise.all([fsPromises.readFile(fifo, 'utf8'), writeFileAtomic(link, '{"version":1}\n')]);
      expect(read).toBe('{"version":1}\n');
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe(fifo);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['pipe', 'stdout']);
    } finally {
      cleanup();
    }
  });

  it('moves the files in first and pours into the pipe last, when a CSV goes to a pipe with its companions', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const fifo = fifoIn(dir, 'out.csv');
      const staged = [await stageText(path.join(dir, 'out.reminders.csv'), '负责人,类型\n'), await stageText(fifo, '姓名,手机\n张伟,13812345678\n')];
      expect(staged[1].tmp.startsWith(dir)).toBe(false);
      const [read] = await Promise.all([fsPromises.readFile(fifo, 'utf8'), commitStaged(staged)]);
      expect(read).toBe('姓名,手机\n张伟,13812345678\n');
      expect(readFileSync(path.join(dir, 'out.reminders.csv'), 'utf8')).toBe('负责人,类型\n');
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(existsSync(staged[1].tmp)).toBe(false);
    } finally {
      cleanup();
    }
  });
});
