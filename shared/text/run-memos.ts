/**
 * What one run remembers of the texts it reads: whom an owner cell names and his key, texts written
 * simplified, e-mail domains' likely typos and slips, the pinyin of names' characters. Made when a run
 * starts (withRunMemos, at the core's entry points: run, cleanSheet, analyze, findDuplicates, the
 * checks across a workbook's sheets) and let go when it ends, as the run's phone readings are
 * (PhoneReadings). An Excel task pane or an Apps Script project runs the core again and again in one
 * JavaScript context: memos kept in the modules grew from run to run and held one run's owners,
 * companies and e-mail domains into the next. Between runs there are none.
 *
 * Every memo only spares working an answer out again: the answer never depends on what is kept, and
 * a helper asked outside a run (a spec, a host formatting one reminder) works it out afresh.
 */
import type { CellStanding } from '../remind/standing';
import type { RemarkSays } from '../remind/remark-words';
import type { CustomerRecord } from '../table/records';
import { TextMemo } from './text-memo';

export class RunMemos {
  /** Owner text → names nobody (公海, 待分配, 李四（已离职）): table/owner-name.ts. */
  readonly namesNoOwner = new Map<string, boolean>();
  /** Owner text → the key its reps are told apart by (张三（组长） → 张三): table/owner-name.ts. */
  readonly ownerKeys = new Map<string, string>();
  /** Text → the same in simplified characters (陳經理 → 陈经理): text/simplified.ts. */
  readonly simplified = new Map<string, string>();
  /** E-mail domain → the provider meant (gmial.com → gmail.com), or null: normalize/email-typo.ts. */
  readonly mailDomains = new Map<string, string | null>();
  /** E-mail domain → its blocking keys for a slip of one keystroke: dedupe/keys/email.ts. */
  readonly slipDomains = new Map<string, readonly string[]>();
  /** Character → its most common pinyin: dedupe/keys/pinyin.ts. */
  readonly pinyinDefault = new Map<string, string>();
  /** Character → all its readings: dedupe/keys/pinyin.ts. */
  readonly pinyinAll = new Map<string, readonly string[]>();
  /** Surname → its readings as a surname: dedupe/keys/pinyin.ts. */
  readonly pinyinSurnames = new Map<string, readonly string[]>();
  /** A status cell's text → the standing it states (黑名单, 已流失): remind/standing.ts. */
  readonly standings = new Map<string, CellStanding>();
  /** The same, passing over do-not-contact (what else 黑名单，已流失 states, for the classes): remind/standing.ts. */
  readonly standingsPassingOver = new Map<string, CellStanding>();
  /** A status or remark text → whether it voids its record (作废（重复录入）): remind/standing.ts. */
  readonly voided = new Map<string, boolean>();
  /**
   * A remark text → what its latest entry says of the customer (left, paused, do not contact), for the
   * six remark rules of validation (validate/checks.ts). A sheet's remarks repeat (已报价，等待回复), and
   * each was read through folding, simplifying and phrase lists; a column of distinct histories stops
   * being remembered after a sample (TextMemo).
   */
  readonly remarks = new TextMemo<RemarkSays | null>(0.125, 50000);
  /**
   * A record → its row fingerprint: dedupe/fingerprint.ts. The duplicate finder fingerprints its groups'
   * rows and the plan every row (rowKeys) over the same records; by the record, not its row, as a merge
   * makes a new record of a row it fills.
   */
  readonly fingerprints = new WeakMap<CustomerRecord, string>();
}

/** The memos of the run in progress; null between runs. */
let current: RunMemos | null = null;

/**
 * `work` with memos of its own that go when it ends (also when it throws). A run inside a run (the
 * check across sheets cleaning each sheet, run() calling cleanSheet) shares the outer run's memos.
 */
export function withRunMemos<T>(work: () => T): T {
  if (current !== null) return work();
  current = new RunMemos();
  try {
    return work();
  } finally {
    current = null;
  }
}

/** The run's memos, or null outside a run (then nothing is remembered). */
export function runMemos(): RunMemos | null {
  return current;
}

/**
 * `make(key)` through `memo` when the run keeps one; `max` bounds it (cleared whole when full, as the
 * module memos were, so a run of 100,000 distinct texts does not hold them all).
 */
export function remembered<T>(memo: Map<string, T> | undefined, key: string, max: number, make: (key: string) => T): T {
  if (memo === undefined) return make(key);
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const value = make(key);
  if (memo.size >= max) memo.clear();
  memo.set(key, value);
  return value;
}
