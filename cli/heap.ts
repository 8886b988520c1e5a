/**
 * Room for big sheets. Node caps its heap by the machine's memory (about 2 GB on an 8 GB laptop, 4 GB
 * from 16 GB up), and a run on a big sheet needs more: the cells as read, the plan, and for an .xlsx
 * output exceljs's model of the whole workbook. Past the cap Node stops with "heap out of memory"
 * and a stack dump. So, before reading, the CLI sizes the input file; when the run looks bigger
 * than the cap and the machine has the memory, it starts itself again with a larger heap (the user
 * sees nothing but the run); when the machine has not, it says so in words, with the way out.
 *
 * The bytes-per-input-byte figures were measured on the generated 100,000-row sheet (bench, 22
 * columns plus 9 added): 25 MB of CSV peaked near 1.8 GB of heap written as .xlsx; 28 MB of .xlsx
 * read and written back as .xlsx near 3.5 GB. They are rounded up: too much room costs nothing
 * until it is used, too little ends the run.
 */
export interface HeapFacts {
  /** Size of the input file in bytes. */
  inputBytes: number;
  inputKind: 'xlsx' | 'csv';
  outputKind: 'xlsx' | 'csv';
  /** v8.getHeapStatistics().heap_size_limit */
  heapLimitBytes: number;
  /** os.totalmem() */
  totalMemBytes: number;
  /** process.execArgv and NODE_OPTIONS: a heap size set there is the user's choice. */
  nodeFlags: string;
  /** Set in the relaunched process, so it never relaunches again. */
  relaunched: boolean;
}

export type HeapPlan =
  | { kind: 'enough' }
  | { kind: 'relaunch'; heapMb: number }
  /** The machine cannot hold the run's estimate: go on, but say what to do if it stops. */
  | { kind: 'tight'; needMb: number; haveMb: number };

const MB = 1024 * 1024;
/** Heap per byte of input, by input and output kind (see the file banner). */
const PER_INPUT_BYTE: Record<'xlsx' | 'csv', Record<'xlsx' | 'csv', number>> = {
  csv: { xlsx: 90, csv: 70 },
  xlsx: { xlsx: 160, csv: 110 },
};
const BASE_MB = 300;
/** Of the machine's memory, at most this share for the heap (the rest: buffers, the system, other programs). */
const MACHINE_SHARE = 0.75;
const CEILING_MB = 16 * 1024;

export function planHeap(f: HeapFacts): HeapPlan {
  const needMb = Math.ceil(BASE_MB + (f.inputBytes * PER_INPUT_BYTE[f.inputKind][f.outputKind]) / MB);
  const haveMb = Math.floor(f.heapLimitBytes / MB);
  if (needMb <= haveMb) return { kind: 'enough' };
  if (f.relaunched || /--max-old-space-size/.test(f.nodeFlags)) return { kind: 'tight', needMb, haveMb };
  const canMb = Math.min(Math.floor((f.totalMemBytes * MACHINE_SHARE) / MB), CEILING_MB);
  if (canMb < needMb) return canMb > haveMb ? { kind: 'relaunch', heapMb: canMb } : { kind: 'tight', needMb, haveMb };
  return { kind: 'relaunch', heapMb: Math.min(canMb, Math.ceil(needMb * 1.25)) };
}

export const RELAUNCH_ENV = 'SHEET_KEEPER_HEAP_RELAUNCHED';
