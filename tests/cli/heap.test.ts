/**
 * Room for big sheets: when the CLI starts itself again with a larger heap, and when it warns
 * instead (heap.ts). Sizes are those of real machines: Node's default cap is about 2 GB on an
 * 8 GB laptop and 4 GB from 16 GB up.
 */
import { planHeap, type HeapFacts } from '../../cli/heap';

const MB = 1024 * 1024;
const GB = 1024 * MB;

const laptop: HeapFacts = {
  inputBytes: 25 * MB,
  inputKind: 'csv',
  outputKind: 'xlsx',
  heapLimitBytes: 2 * GB,
  totalMemBytes: 8 * GB,
  nodeFlags: '',
  relaunched: false,
};

describe('planHeap', () => {
  it('leaves an ordinary sheet alone', () => {
    expect(planHeap({ ...laptop, inputBytes: 400 * 1024 })).toEqual({ kind: 'enough' });
    expect(planHeap({ ...laptop, inputBytes: 5 * MB })).toEqual({ kind: 'enough' });
  });

  it('gives a 100,000-row CSV written as .xlsx more room on an 8 GB laptop, with a margin, within 3/4 of the memory', () => {
    const plan = planHeap(laptop);
    expect(plan.kind).toBe('relaunch');
    if (plan.kind !== 'relaunch') return;
    expect(plan.heapMb).toBeGreaterThan(2048);
    expect(plan.heapMb).toBeLessThanOrEqual(6144);
  });

  it('asks less for a CSV output than for an .xlsx one, and more for an .xlsx input', () => {
    const need = (f: Partial<HeapFacts>) => {
      const p = planHeap({ ...laptop, heapLimitBytes: 256 * MB, totalMemBytes: 64 * GB, ...f });
      return p.kind === 'relaunch' ? p.heapMb : NaN;
    };
    expect(need({ outputKind: 'csv' })).toBeLessThan(need({ outputKind: 'xlsx' }));
    expect(need({ inputKind: 'xlsx' })).toBeGreaterThan(need({ inputKind: 'csv' }));
  });

  it('gives what the machine can when that is less than the estimate, but more than now', () => {
    const plan = planHeap({ ...laptop, inputKind: 'xlsx', inputBytes: 28 * MB, heapLimitBytes: 1 * GB, totalMemBytes: 4 * GB });
    expect(plan).toEqual({ kind: 'relaunch', heapMb: 3072 });
  });

  it('warns instead when the machine has no more to give', () => {
    expect(planHeap({ ...laptop, inputKind: 'xlsx', inputBytes: 28 * MB, heapLimitBytes: 2 * GB, totalMemBytes: 2 * GB })).toEqual({
      kind: 'tight',
      needMb: expect.any(Number),
      haveMb: 2048,
    });
  });

  it('never starts twice, and never overrides a heap size the user set', () => {
    expect(planHeap({ ...laptop, relaunched: true }).kind).toBe('tight');
    expect(planHeap({ ...laptop, nodeFlags: '--max-old-space-size=2048' }).kind).toBe('tight');
    expect(planHeap({ ...laptop, nodeFlags: '--enable-source-maps' }).kind).toBe('relaunch');
  });
});
