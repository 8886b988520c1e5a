/**
 * A host's grid → the customer table: find the header row, refuse what cannot be worked on safely
 * (an empty sheet, no header, merged cells in the table), square the rows off, map the headers,
 * and warn about what the user should know (duplicate or missing headers, hidden rows, error cells).
 */
import { unitRow, withUnit, type UnitCell } from './unit-row';
import { isDivider } from './divider-rows';
import { leadNoteLabel } from './lead-note';
import { headingOwner } from './heading-owner';
import { headingRegion } from './heading-region';
import { sideBySide } from './side-by-side';
import { cellText, EMPTY, isBlank, isFormula, type Cell } from './cell';
import type { CellRange, Grid } from './grid';
import type { HeadingBlock, Row, Table } from './table';
import { maxOf } from './long-arrays';
import { errorOfText } from './error-text';
import { cellAddress, columnLetter, rangeAddress } from './a1';
import type { ColumnMapping } from '../plan/types';
import type { SheetProblem } from '../plan/issue';
import type { Settings } from '../settings/types';
import { detectedHeaderRow, findHeaderRow, HEADER_SCAN_ROWS, listsFields, namesFields, restatesHeader } from '../schema/header-row';
import { runTitles, runColumns } from '../schema/run-columns';
import { mapHeaders } from '../schema/header-map';
import { amountPartsOf, withAmountParts } from '../schema/period-columns';

export type TableOutcome =
  | { ok: true; table: Table; columns: ColumnMapping[]; problems: SheetProblem[] }
  | { ok: false; problem: SheetProblem };

/** Data rows per column handed to header mapping for guessing unnamed columns from their values. */
const SAMPLE_ROWS = 50;
/** Addresses listed in one message; the rest are counted. */
const MAX_LISTED = 10;

const filled = (cell: Cell | undefined | null): cell is Cell => cell != null && !isBlank(cell);

/** A text cell that shows a spreadsheet error (#N/A, #REF! as text) as that error, its text and formula kept. */
function typedError(cell: Extract<Cell, { kind: 'text' }>): Cell | null {
  if (errorOfText(cell.value) === null) return null;
  return cell.formula === undefined ? { kind: 'error', value: cell.value, typed: true } : { kind: 'error', value: cell.value, formula: cell.formula, typed: true };
}

/**
 * A row whose only content is formulas filled down past the customers: each shows nothing, 0 (a
 * 提成 =C5*0.03 of a blank row), or the label the same column's formula showed on the customer rows
 * above (a Portal =HYPERLINK(…&A53,"Open"), a Map link). It holds no customer, and is a blank row
 * (tester h69: a recall list's row 53 was an error "Name is required but empty"). A formula showing
 * a value of its own (=客户源!A5 pulling a name) keeps its row a customer's.
 */
function filledDownOnly(row: readonly Cell[], shownAbove: readonly (string | undefined)[]): boolean {
  let formulas = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!filled(cell)) continue;
    if (!isFormula(cell)) return false;
    formulas++;
    if (cell.kind === 'number' && cell.value === 0) continue;
    if (cell.kind === 'text' && shownAbove[c] !== undefined && cell.value.trim() === shownAbove[c]) continue;
    return false;
  }
  return formulas > 0;
}

/** Index after the last non-blank cell of a row (0 for a blank row). */
function usedLength(row: readonly (Cell | undefined | null)[] | undefined): number {
  if (!row) return 0;
  for (let c = row.length - 1; c >= 0; c--) if (filled(row[c])) return c + 1;
  return 0;
}

/** Rows named in the warning about data under a blank header; the rest are counted. */
const BLANK_DATA_ROWS_NAMED = 5;

function list(items: string[]): string {
  if (items.length <= MAX_LISTED) return items.join(', ');
  return `${items.slice(0, MAX_LISTED).join(', ')} … (+${items.length - MAX_LISTED})`;
}

const overlaps = (start: number, count: number, lo: number, hi: number) =>
  start <= hi && start + Math.max(1, count) - 1 >= lo;

/**
 * A row whose first filled cell is a total sums the rows above (合计 at the foot of a sheet, 小计 under
 * each region): it is no customer, and its amount would top every ranking. People space and qualify
 * the word freely (合　计, 华东区小计, 小计（华东）, 本页小计, 合计金额, East Region Subtotal, Total (East)),
 * so spaces and punctuation go before comparing.
 */
const TOTAL_WORDS: ReadonlySet<string> = new Set([
  '合计', '总计', '小计', '共计', '汇总', '总和', '合計', '總計', '小計',
  'total', 'totals', 'grandtotal', 'subtotal', 'sum',
  // The same line in the languages an export is saved in (a Xero list through a German Excel ends in
  // Summe): Japanese 合計 and 總計 are above, Korean, German, French, Italian, Dutch, Spanish, Portuguese, Russian.
  '합계', '총계', '소계',
  'summe', 'gesamt', 'gesamtsumme', 'endsumme', 'zwischensumme', 'summegesamt', 'gesamtbetrag',
  'totalgénéral', 'totalgeneral', 'totaux', 'somme', 'soustotal',
  'totale', 'totalegenerale', 'totalecomplessivo', 'somma', 'subtotale',
  'totaal', 'eindtotaal', 'subtotaal', 'totaalbedrag',
  'suma', 'sumatotal', 'soma', 'totalgeral',
  'итого', 'всего',
]);

/** Spaces and punctuation people put in and around a total label (NFKC has made them half-width). */
const LABEL_NOISE = /[\s:()\[\]【】\-–—_,、.。·*#]/gu;
/** Only a cell that holds one of these can be a total: every row's first cell passes here. */
const TOTAL_HINT = /[计計总總汇共]|total|sum|somm|soma|gesamt|totaal|합계|총계|소계|итого|всего/u;
/** The word with a short qualifier before or after it: a region, a page, a count, what is summed. */
const CJK_TOTAL = /^(.*?)(?:合计|总计|小计|共计|汇总|合計|總計|小計)(.*)$/u;
/** Characters that may qualify a total; longer, it is a sentence or a name, not a label. */
const QUALIFIER_MAX = 8;
/** 共 12 人, 共3户: the count line under a list. */
const HEADCOUNT = /^共[\d,]+(?:人|户|戶|位|家|名)$/u;
/** A company whose name holds the word stays a customer (合计科技有限公司, 总计科技). */
const ORGANISATION = /(?:公司|科技|集团|有限|股份|商行|商贸|贸易|实业|工作室|事务所|中心|网络|传媒|咨询|银行|店|厂)$/u;
/**
 * Total (East), Subtotal - East, Total: 25, Salesforce's Grand Totals (9 records): the English word
 * first needs a separator, or Total Wine (or Total Care Ltd) would be a total.
 */
const LATIN_LEAD = /^(?:grand\s*totals?|sub\s*totals?|totals?|sum|summe|gesamt(?:summe)?|somme|totale|somma|totaal|suma|soma)\s*(?:[:(\-–—]\s*.{0,20})?$/u;
/** East Region Subtotal, Page Total: a few words, then the word. */
const LATIN_TAIL = /^(?:[a-z]+\s+){1,3}(?:grand\s*total|sub\s*total|totals?)$/u;
/**
 * Total visits left, Total contract value: the word, then what is summed. Only beside a formula that sums
 * a range (=SUM(H3:H43)): Total Care Ltd or Total Wine is a customer, whose row sums nothing (tester h77 #14).
 */
const LATIN_HEAD = /^(?:grand\s*|sub\s*)?totals?\s+[\p{L}\s()$€£%#-]{1,40}$/u;
const sumsRange = (row: readonly Cell[]) => row.some((c) => typeof c?.formula === 'string' && AGGREGATE.test(c.formula));

/**
 * A way to reach someone: an e-mail address, a phone written with its separators, a Chinese mobile.
 * A total sums money and counts; a row that holds one is a person's, whose name may read as an
 * English total (Grant Total).
 */
const CONTACT = /@|\d[\d ]*[-() ][\d() -]*\d{3}|^\+?\d{0,3}1[3-9]\d{9}$/u;
const reachesSomeone = (row: readonly Cell[]) => row.some((c) => c.kind === 'text' && CONTACT.test(c.value.trim()));

/**
 * The word that makes a row a total, as the sheet writes it: what the summary shows of the row, since
 * its qualifier may be anything (合计：张伟 李娜 names customers).
 */
const TOTAL_WORD = /合\s*计|总\s*计|小\s*计|共\s*计|汇\s*总|总\s*和|合\s*計|總\s*計|小\s*計|합\s*계|총\s*계|소\s*계|zwischensumme|gesamtsumme|endsumme|gesamtbetrag|gesamt|summe|total\s+g[ée]n[ée]ral|sous[\s-]*total|totaux|somme|totale|somma|eindtotaal|subtotaal|totaal|suma|soma|итого|всего|grand\s*totals?|sub\s*totals?|totals?|sum|共/iu;

/**
 * A formula that sums or counts a range (=SUM(C2:C9), =SUBTOTAL(9,C:C), =COUNTA(A2:A9)): a row of
 * nothing but such formulas, no word beside them, is a total all the same; a per-row formula filled
 * down ahead (=C10*0.03) is not.
 */
const AGGREGATE = /^=\s*(SUM|SUBTOTAL|AGGREGATE|AVERAGE|COUNTA?|SUMIFS?|COUNTIFS?|SUMPRODUCT)\s*\(/i;

/**
 * Printable ASCII and CJK unified ideographs: text NFKC leaves as it is and lower case changes in its
 * ASCII letters only, so its total key (below) holds a TOTAL_HINT exactly when the text does, case
 * aside. Most rows' first cells are such (王建国, KH0001, 1): the key, four new texts, is not built for them.
 */
const PLAIN_TEXT = /^[\x20-\x7e\u4e00-\u9fff]*$/;
const PLAIN_TOTAL_HINT = /[计計总總汇共]|total|sum|somm|soma|gesamt|totaal/i;

function totalLabel(row: readonly Cell[]): string | null {
  // The first filled cell, and whether every filled one is a formula, in one pass: every row of the
  // sheet is asked, and a list of its filled cells was an array per row.
  let first: Cell | undefined;
  let formulas = true;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (!filled(c)) continue;
    first ??= c;
    if (!isFormula(c)) {
      formulas = false;
      break;
    }
  }
  if (first !== undefined && formulas) {
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      const sum = filled(c) ? AGGREGATE.exec(c.formula!) : null;
      if (sum) return sum[1].toUpperCase();
    }
  }
  if (!first || first.kind !== 'text') return null;
  const statistic = statisticLabel(row, first.value);
  if (statistic !== null) return statistic;
  if (PLAIN_TEXT.test(first.value) && !PLAIN_TOTAL_HINT.test(first.value)) return null;
  const key = first.value.normalize('NFKC').trim().toLowerCase().replace(/[\s:]+$/u, '').replace(/\s+/g, ' ');
  if (!TOTAL_HINT.test(key)) return null;
  const word = () => TOTAL_WORD.exec(first.value.normalize('NFKC'))?.[0] ?? '';
  const bare = key.replace(LABEL_NOISE, '');
  if (TOTAL_WORDS.has(bare) || HEADCOUNT.test(bare) || LATIN_LEAD.test(key)) return word();
  if (LATIN_TAIL.test(key) && !reachesSomeone(row)) return word();
  if (LATIN_HEAD.test(key) && sumsRange(row) && !reachesSomeone(row)) return word();
  const cjk = CJK_TOTAL.exec(bare);
  if (cjk && Array.from(cjk[1] + cjk[2]).length <= QUALIFIER_MAX && !ORGANISATION.test(bare)) return word();
  return null;
}

/**
 * A statistics row under the customers (平均 =AVERAGE(C2:C4) under 合计, Average, Max, 最低): its
 * figures sit in the amount column and would be read as one more customer's. Only the word alone, as
 * a whole label: 平均消费 or Max Chen may head a customer's row.
 */
const STATISTIC_WORDS: ReadonlySet<string> = new Set([
  '平均', '均值', '平均值', '平均数', '人均', '中位数', '最高', '最低', '最大', '最小', '最大值', '最小值', '最高值', '最低值',
  '平均數', '中位數', '最大値', '最小値',
  'average', 'avg', 'mean', 'median', 'max', 'min', 'maximum', 'minimum',
]);
/** Only a cell that holds one of these can be a statistic: the cheap test every row's first cell takes. */
const STATISTIC_HINT = /平均|均值|人均|中位|最|avg|average|mean|median|max|min/iu;
/** Words that are also first names (Max, Min): such a row is a statistic only when a formula says so. */
const NAME_TOO: ReadonlySet<string> = new Set(['max', 'min']);

/** A row's label (as totalLabel returns it: 平均, Average:, or a formula's AVERAGE) that names a statistic, not a total. */
export function isStatisticWord(label: string): boolean {
  return STATISTIC_WORDS.has(label.normalize('NFKC').trim().toLowerCase().replace(LABEL_NOISE, ''));
}

/** A figure a CSV keeps as text (3425, 1,975.50, -12): what the sheet's formula showed when it was saved. */
const FIGURE_TEXT = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;

/**
 * `label` is the row's first filled cell. The rest of the row must be figures: numbers or formulas, none
 * of them a phone stored as a number (Max | 13812345678 is a customer named Max).
 */
function statisticLabel(row: readonly Cell[], label: string): string | null {
  if (!STATISTIC_HINT.test(label)) return null;
  const shown = label.normalize('NFKC').trim().replace(/[\s:]+$/u, '');
  const word = shown.toLowerCase().replace(LABEL_NOISE, '');
  if (!STATISTIC_WORDS.has(word)) return null;
  let figures = 0;
  let formulas = 0;
  let labelSeen = false;
  for (const c of row) {
    if (!filled(c)) continue;
    if (!labelSeen) {
      labelSeen = true;
      continue;
    }
    if (isFormula(c)) formulas++;
    else if (c.kind === 'text' ? !FIGURE_TEXT.test(c.value.trim()) || CONTACT.test(c.value.trim()) : c.kind !== 'number' || CONTACT.test(String(c.value))) return null;
    figures++;
  }
  if (figures === 0 || (NAME_TOO.has(word) && formulas === 0)) return null;
  return shown;
}

/**
 * A row with one cell naming a part of the list below it: a region (华东区, 华南大区, East Region),
 * a team or branch (销售一部, 上海分公司, 二组), a period (2024年, 3月份, 第一季度, Q1), or a numbered
 * heading (一、华东区, （二）老客户), or a rep's block in a shared sheet, its title in brackets
 * (【张经理】, [Team Li], 〖华东〗: no digits, a customer's number is no title). It is no customer:
 * cleaned, it would be a customer without a phone, counted in every table and reminded of nothing.
 */
const SECTION = new RegExp(
  '^(?:' +
    '[一二三四五六七八九十]+[、.．]\\s*\\S.*|[(（][一二三四五六七八九十\\d]+[)）]\\s*\\S.*' +
    '|【[^】\\d]{1,16}】|〖[^〗\\d]{1,16}〗|［[^］\\d]{1,16}］|\\[[^\\]\\d]{1,16}\\]' +
    '|\\S{1,10}?(?:大区|片区|地区|区域|区|省|分公司|子公司|办事处|事业部|部门|[一二三四五六七八九十\\d]部|[一二三四五六七八九十\\d]组|小组|团队|战区|门店)' +
    '|(?:19|20)\\d{2}\\s*年(?:\\s*\\d{1,2}\\s*月份?)?|\\d{1,2}\\s*月份?|第?[一二三四1-4]\\s*季度|上半年|下半年|q[1-4](?:\\s*(?:19|20)\\d{2})?' +
    '|(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?\\s+(?:region|area|territory|division)' +
    '|(?:region|area|territory|division|team|branch)\\s*(?:[:#-]\\s*\\S.{0,18}|\\d{1,3}|[a-z])' +
  ')$',
  'iu',
);

function sectionLabel(row: readonly Cell[]): string | null {
  let only: Cell | null = null;
  for (const cell of row) {
    if (!filled(cell)) continue;
    if (only) return null;
    only = cell;
  }
  if (!only || only.kind !== 'text') return null;
  const label = only.value.normalize('NFKC').trim();
  if (label.length <= 24 && SECTION.test(label)) return sectionWord(label);
  // A divider line (以下为新增客户, ——新增——) is shown whole: it is the sheet's own heading words.
  return isDivider(label) ? label : null;
}

const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])/u;
const UNIT_WORD = /(?:大区|片区|地区|区域|区|省|分公司|子公司|办事处|事业部|部门|[一二三四五六七八九十\d]部|[一二三四五六七八九十\d]组|小组|团队|战区|门店)$/u;
const LATIN_UNIT = /^(?:region|area|territory|division|team|branch)/iu;
const BRACKETS = /^([【〖［\[]).*([】〗］\]])$/u;

/**
 * What the summary shows of a section row: its numbering (一、), or the word that makes it a part of
 * the list (区, 分公司, Region), never the rest, which may be anything a person typed (一、张三 138…);
 * a period (2024年, Q1) or a compass region (East Region) is nothing but the word, shown whole.
 */
function sectionWord(label: string): string {
  // A bracketed title names a person (【张经理】): shown as its brackets only.
  const bracket = BRACKETS.exec(label);
  if (bracket) return bracket[1] + bracket[2];
  const found = NUMBERED.exec(label) ?? LATIN_UNIT.exec(label) ?? UNIT_WORD.exec(label);
  return found ? found[0] : label;
}

/**
 * A lone cell under the last customer that says something of the sheet: 备注：本表仅供内部使用,
 * 说明：金额单位为元, 制表人：王芳, 注：…, Note: internal use only. Only below the table (often under
 * its 合计 row): the same words higher up may begin a customer's row. The word and its colon say it.
 */
const NOTE = /^[*※]?\s*(备注|備註|说明|說明|注意|注|附注|制表人|制表|制表日期|填表人|填报人|填表日期|审核人|审核|数据来源|资料来源|来源|统计日期|统计截止|截止日期|更新日期|导出人|导出时间|notes?|remarks?|source|prepared by|generated by|exported by|disclaimer)\s*[:：]/iu;
/**
 * A report's legal lines, which need no colon: a Salesforce report export ends in Copyright (c)
 * 2000-2026 salesforce.com, inc. All rights reserved., Confidential Information - Do Not Distribute
 * and Generated By: (who ran it), then the organisation's name on a line of its own.
 */
const LEGAL_LINE = /^(?:copyright\s*(?:\(c\)|©|\d{4})|\(c\)\s*\d{4}|©|confidential(?:\s+information)?\s*[-–—:])/iu;
/** Generated By: …: the lone line under it names the organisation the report was run in (GENERATED_BY_ORG). */
const GENERATED_BY = /^generated by\s*:/iu;

/** The one text cell of a row, trimmed, or null. */
function loneText(row: readonly Cell[] | undefined): string | null {
  if (!row) return null;
  const cells = row.filter(filled);
  return cells.length === 1 && cells[0].kind === 'text' ? cells[0].value.trim() : null;
}

/**
 * `above` is the row over `row`: a lone line under Generated By: is part of that note. The label is the
 * word that makes it a note (备注, Copyright), all the summary shows: the rest may name a customer
 * (备注：陈静 身份证 4403…).
 */
function noteLabel(row: readonly Cell[], above?: readonly Cell[]): string | null {
  const note = loneText(row);
  if (note === null) return null;
  const word = NOTE.exec(note)?.[1] ?? LEGAL_LINE.exec(note)?.[0].replace(/[\s\-–—:]+$/u, '');
  if (word !== undefined) return word;
  const aboveText = loneText(above);
  return aboveText !== null && GENERATED_BY.test(aboveText) ? 'Generated By' : null;
}

/**
 * A report's title repeated over its legal lines: Salesforce's CSV export ends its table, two blank
 * lines, then "Contacts & Accounts Report" alone on a line, then Copyright (c) …. A lone line with a
 * blank row above it and a legal line right under it is that title: part of the footer, labelled as
 * the legal line is (the title may be any words). Read as a customer, it was one without a name.
 */
function titleOverLegal(row: readonly Cell[], above: readonly Cell[] | undefined, below: readonly Cell[] | undefined): string | null {
  if (loneText(row) === null || above === undefined || usedLength(above) !== 0) return null;
  const legal = loneText(below);
  const word = legal === null ? undefined : LEGAL_LINE.exec(legal)?.[0];
  return word === undefined ? null : word.replace(/[\s\-–—:]+$/u, '');
}

/**
 * Qualtrics exports three header rows: its column names, the questions, and {"ImportId":"QID1_TEXT"}
 * under each. The third row is no respondent: read as one, it was a customer without a name.
 */
const IMPORT_ID = /^\{\s*"ImportId"\s*:/u;
function importIdLabel(row: readonly Cell[]): string | null {
  // Every row passes here: no copy of its filled cells, and its first filled cell decides most rows.
  let first: Cell | null = null;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!filled(cell)) continue;
    if (cell.kind !== 'text' || !IMPORT_ID.test(cell.value.trim())) return null;
    first ??= cell;
  }
  return first === null ? null : cellText(first).trim();
}

/** A row's cells within the table's first `width` columns: what lies right of the table is not read. */
const within = (row: readonly Cell[] | undefined, width: number): Cell[] => (row ?? []).slice(0, width);

/**
 * Filled cells of a row within its first `width` columns, counted up to `enough`: the scans of
 * every row ask "none?" or "just one?", and a copy of each row to count in was 100,000 arrays.
 */
function filledWithin(row: readonly Cell[] | undefined, width: number, enough: number): number {
  let n = 0;
  if (!row) return n;
  for (let c = 0; c < width && c < row.length && n < enough; c++) if (filled(row[c])) n++;
  return n;
}

/** Indexes of the rows in (header, end] with a filled cell in columns [from, to). */
function rowsFilled(cells: Cell[][], headerIndex: number, end: number, from: number, to: number): Set<number> {
  const found = new Set<number>();
  for (let i = headerIndex + 1; i <= end; i++) {
    const row = cells[i] ?? [];
    for (let c = from; c < to; c++) if (filled(row[c])) { found.add(i); break; }
  }
  return found;
}

/**
 * The table's width: up to the last used column, but a column empty from the header row down ends
 * the table when what lies right of it is another block beside the customers (a rep list in H1:I4,
 * filling-in notes), told by its rows: it fills fewer than half of the customers' rows, or rows
 * of its own. A spacer column inside the table, customers filled on both sides row by row, keeps
 * the table whole, so that column letters stay the sheet's.
 */
function tableWidth(cells: Cell[][], headerIndex: number, end: number): number {
  let used = 0;
  for (let i = headerIndex; i <= end; i++) used = Math.max(used, usedLength(cells[i]));
  for (let gap = 1; gap < used; gap++) {
    let empty = true;
    for (let i = headerIndex; i <= end && empty; i++) if (filled(cells[i]?.[gap])) empty = false;
    if (!empty) continue;
    const left = rowsFilled(cells, headerIndex, end, 0, gap);
    const right = rowsFilled(cells, headerIndex, end, gap + 1, used);
    // A header with no rows under it tells no blocks apart.
    if (left.size === 0) continue;
    let shared = 0;
    for (const i of right) if (left.has(i)) shared++;
    const alongside = shared * 2 >= left.size && (right.size - shared) * 4 <= right.size;
    if (!alongside) return gap;
  }
  return used;
}

/**
 * Index of the first row of a second table under the customers, or null: after blank rows, a row
 * naming fields as a header does (姓名 | 手机 | 邮箱), or a lone title over such a row (销售联系方式,
 * 负责人汇总). Its rows are other people (reps, a summary): cleaned, they would become customers.
 */
function secondTableStart(cells: Cell[][], headerIndex: number, end: number, width: number, settings: Settings): number | null {
  // Only "none" and "just one" matter below.
  const count = (i: number) => filledWithin(cells[i], width, 2);
  const header = headerKeys(within(cells[headerIndex], width));
  let blank = 0;
  let seenRows = false;
  for (let i = headerIndex + 1; i <= end; i++) {
    const n = count(i);
    if (n === 0) {
      blank++;
      continue;
    }
    // The same header again (two exports pasted one under the other): one list, its header repeated.
    if (repeatsHeader(cells[i] ?? [], header)) {
      blank = 0;
      continue;
    }
    if (seenRows && blank > 0) {
      if (namesFields(within(cells[i], width), settings)) return i;
      if (n === 1) {
        let next = i + 1;
        while (next <= end && count(next) === 0) next++;
        if (next <= end && namesFields(within(cells[next], width), settings)) return i;
      }
    }
    seenRows = true;
    blank = 0;
  }
  return null;
}

/** Rows of column A read to tell a table turned on its side: its fields, never more than this. */
const TRANSPOSED_ROWS = 60;

/** How people compare two header texts by eye: width, case and spacing do not matter. */
const sameHeaderKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A row that writes the header again, cell for cell (two or more of them): a list pasted under
 * another, or a printout's header repeated. It is no customer and no second table. Only the row's
 * first `header.length` cells are read (the header is as wide as the table at most).
 */
function repeatsHeader(row: readonly Cell[], header: readonly string[]): boolean {
  let same = 0;
  for (let c = 0; c < header.length; c++) {
    // Every row passes here: the first cell that differs ends it, most rows at their first.
    const v = filled(row[c]) ? sameHeaderKey(cellText(row[c])) : '';
    if (header[c] !== v) return false;
    if (v !== '') same++;
  }
  return same >= 2;
}

/** The header row's cells as repeatsHeader compares them. */
const headerKeys = (header: readonly Cell[]): string[] => header.map((h) => (filled(h) ? sameHeaderKey(cellText(h)) : ''));

/**
 * A two-level header typed without merging down: 姓名 | 联系方式 (over two columns, merged or written
 * in the first with the second left blank) | 公司 on one row, and only the group's parts, 手机 | 邮箱,
 * on the row below. Null when the rows are no such pair: the upper row must hold a group and the lower
 * row must name fields (a first customer row, which fills his name, names none). A header on the lower
 * row with nothing above it is a column of its own: one the user added later, typing only its lower
 * cell, or the columns an earlier run wrote there (整理问题 …), which are left out of the fields the
 * row must name, so that the run's own output is read again as it was.
 */
function groupHeader(cells: Cell[][], upper: number, merges: readonly CellRange[], firstRow: number, firstCol: number, settings: Settings, recorded?: readonly string[]): { upper: number; merges: CellRange[] } | null {
  const top = cells[upper];
  const lower = cells[upper + 1];
  if (!top || !lower) return null;
  const under: number[] = [];
  for (let c = 0; c < lower.length; c++) {
    if (!filled(lower[c])) continue;
    if (lower[c].kind !== 'text') return null;
    under.push(c);
  }
  if (under.length < 2) return null;
  const wide = merges.filter((m) => m != null && m.row === firstRow + upper && Math.max(1, m.rowCount) === 1 && m.colCount > 1);
  const merged = (c: number) => wide.some((m) => c >= m.col - firstCol && c < m.col - firstCol + m.colCount);
  const isUnder = new Set(under);
  // A group left unmerged: its title over its first part, blanks over the others.
  const opensGroup = (c: number) => filled(top[c]) && isUnder.has(c + 1) && !filled(top[c + 1]);
  // Once the row holds a group, every other text below it is a part too: a question over its one
  // answer (SurveyMonkey: 'How likely are you to recommend us?' over 'Response') is a group of one,
  // and a header with nothing above it is its own column.
  if (!under.some((c) => merged(c) || opensGroup(c))) return null;
  const run = runColumns(lower.map((cell) => (filled(cell) ? cellText(cell) : '')), runTitles(settings.classify?.custom, recorded));
  if (!namesFields(lower.filter((_, c) => !run.has(c)), settings)) return null;
  return { upper, merges: wide };
}

/**
 * A report grouped by owner (Salesforce's formatted Contacts by Owner, a ledger with a 小计 under each
 * rep's rows) writes the owner on each group's first row and leaves the rows under it blank: they are
 * his, and read as nobody's every reminder of them went to 未分配. The layout is told by a total line
 * with customers below it (Subtotal, 小计), never by a blank owner alone: in an ordinary list a blank
 * owner is a customer nobody holds. Within each group (the rows between two such lines) whose first row
 * names an owner, each blank row → that owner's cell; null when the sheet is no such report or no row
 * is blank. Only the report's way of writing counts: in EVERY group the first row is the only one naming
 * an owner. A group naming its owner on a later row (a list grouped by 区域 where each rep holds some
 * rows and the blanks are 公海), or a group whose first row is blank, says the sheet is grouped by
 * something else, and its blanks are nobody's; so is a sheet where another column too is written on each
 * group's first row only (区域 over its customers): the group is that column's, and the owner on its first
 * row is that customer's alone.
 */
function ownersOfGroups(rows: readonly Row[], totals: readonly { sheetRow: number }[], ownerCol: number): { col: number; rows: Map<number, Cell> } | null {
  if (rows.length === 0 || !totals.some((t) => t.sheetRow < rows[rows.length - 1].sheetRow)) return null;
  const found = new Map<number, Cell>();
  const groups: Row[][] = [];
  let next = 0;
  const bounds = [...totals.map((t) => t.sheetRow), Infinity].sort((a, b) => a - b);
  for (const bound of bounds) {
    const group: Row[] = [];
    while (next < rows.length && rows[next].sheetRow < bound) group.push(rows[next++]);
    if (group.length > 0) groups.push(group);
  }
  for (const group of groups) {
    if (!filled(group[0].cells[ownerCol])) return null;
    if (group.slice(1).some((r) => filled(r.cells[ownerCol]))) return null;
  }
  const long = groups.filter((g) => g.length > 1);
  if (long.length === 0) return null;
  const width = maxOf(rows.map((r) => r.cells.length));
  for (let c = 0; c < width; c++) {
    if (c === ownerCol) continue;
    if (long.every((g) => filled(g[0].cells[c]) && g.slice(1).every((r) => !filled(r.cells[c])))) return null;
  }
  for (const group of long) for (const r of group.slice(1)) found.set(r.sheetRow, group[0].cells[ownerCol]);
  return found.size > 0 ? { col: ownerCol, rows: found } : null;
}

/** A rep's block heading (【张经理】) and the customer rows under it: indexes into the rows read, [from, to). */
interface RepBlock {
  sheetRow: number;
  owner: Cell;
  from: number;
  to: number;
}

/** Ends `block` at `end` (no closure over the row loop's variables: that loop reads 100,000 rows). */
function closed(block: RepBlock | null, end: number): null {
  if (block !== null) block.to = end;
  return null;
}

/**
 * The text of the row above the header over a column (月度拿货（元） merged over 1月 … 12月, or typed
 * over its first column): what a group of columns is. A title merged over the whole table is no
 * group's: it is read with the titles (textsAbove).
 */
function groupTextOver(cells: Cell[][], merges: readonly CellRange[], headerIndex: number, firstRow: number, firstCol: number, width: number): (col: number) => string {
  if (headerIndex === 0) return () => '';
  const over = cells[headerIndex - 1] ?? [];
  const row = firstRow + headerIndex - 1;
  return (col) => {
    const m = merges.find((r) => r != null && r.row <= row && r.row + Math.max(1, r.rowCount) - 1 >= row && col + firstCol >= r.col && col + firstCol < r.col + r.colCount);
    if (m && m.colCount >= width - 1) return '';
    const cell = m ? cells[m.row - firstRow]?.[m.col - firstCol] : over[col];
    return filled(cell) ? cellText(cell) : '';
  };
}

/** The texts above a table's header (its title rows) and its tab's name: where a sheet says the year its months are of. */
function textsAbove(cells: Cell[][], headerIndex: number, width: number, sheet: string): string[] {
  const out = [sheet];
  for (let i = 0; i < headerIndex; i++) for (const cell of within(cells[i], Math.max(width, 1))) if (filled(cell) && cell.kind === 'text') out.push(cell.value);
  return out;
}

export function toTable(grid: Grid, settings: Settings): TableOutcome {
  const cells: Cell[][] = Array.isArray(grid.cells) ? grid.cells : [];
  const sheet = grid.sheetName ?? '';
  const firstRow = Number.isInteger(grid.firstRow) && grid.firstRow > 0 ? grid.firstRow : 1;
  const firstCol = Number.isInteger(grid.firstCol) && grid.firstCol > 0 ? grid.firstCol : 1;

  let lastUsed = -1;
  for (let i = cells.length - 1; i >= 0 && lastUsed < 0; i--) if (usedLength(cells[i]) > 0) lastUsed = i;
  if (lastUsed < 0) return { ok: false, problem: { code: 'sheet.empty', severity: 'error', params: { sheet } } };

  const found = findHeaderRow(cells, settings, firstRow);
  if (found === null) {
    const forced = settings.headers?.row;
    if (forced !== null && forced !== undefined) {
      const inside = forced >= firstRow && forced < firstRow + cells.length;
      return {
        ok: false,
        problem: inside
          ? { code: 'sheet.headerRowBlank', severity: 'error', params: { sheet, row: forced } }
          : { code: 'sheet.headerRowOutside', severity: 'error', params: { sheet, row: forced, first: firstRow, last: firstRow + cells.length - 1 } },
      };
    }
    return { ok: false, problem: { code: 'sheet.noHeader', severity: 'error', params: { sheet, rows: HEADER_SCAN_ROWS } } };
  }
  // Under a group header the table's header is the row of its parts (手机 | 邮箱 under 联系方式),
  // whichever of the two rows names more fields.
  const forcedRow = settings.headers?.row != null;
  const groups = forcedRow ? null : groupHeader(cells, found, grid.merged ?? [], firstRow, firstCol, settings, grid.ownColumns) ?? (found > 0 ? groupHeader(cells, found - 1, grid.merged ?? [], firstRow, firstCol, settings, grid.ownColumns) : null);
  const headerIndex = groups ? groups.upper + 1 : found;

  // Rows down to a second table, columns up to a block beside the table; trailing empty ones go.
  let end = lastUsed;
  let width = tableWidth(cells, headerIndex, end);
  const below = secondTableStart(cells, headerIndex, end, width, settings);
  if (below !== null) {
    end = below - 1;
    while (end > headerIndex && usedLength(within(cells[end], width)) === 0) end--;
    width = tableWidth(cells, headerIndex, end);
  }
  let besideFrom = -1;
  for (let i = headerIndex; i <= end; i++) {
    const row = cells[i] ?? [];
    for (let c = width; c < row.length && (besideFrom < 0 || c < besideFrom); c++) if (filled(row[c])) besideFrom = c;
  }
  const headerRow = firstRow + headerIndex;
  const lastRow = firstRow + end;

  // A table turned on its side (姓名 / 手机 / 邮箱 down column A, a customer per column) would be
  // read as a customer per field: refused, unless the user named the header row himself.
  const forcedHeader = settings.headers?.row != null;
  // A field list runs a few dozen rows; a long sheet with a one-field header is not read through for it.
  const labels = cells.slice(headerIndex, Math.min(end + 1, headerIndex + TRANSPOSED_ROWS)).map((r) => r?.[0] ?? EMPTY);
  // The columns an earlier run added (整理问题, 重复组 … 分类依据) name no field of the user's: left out,
  // as groupHeader leaves them, or rerunning the run's own output would find its header naming too few.
  const headerRowCells = within(cells[headerIndex], width);
  const runAdded = runColumns(headerRowCells.map((cell) => (filled(cell) ? cellText(cell) : '')), runTitles(settings.classify?.custom, grid.ownColumns));
  const userHeader = headerRowCells.filter((_, c) => !runAdded.has(c));
  if (!forcedHeader && !namesFields(userHeader, settings) && listsFields(labels, settings)) {
    const named = labels.filter(filled).map((c) => cellText(c).trim());
    return { ok: false, problem: { code: 'sheet.transposed', severity: 'error', params: { sheet, column: columnLetter(firstCol), fields: list(named) } } };
  }
  const lastCol = firstCol + width - 1;

  const headerCells = cells[headerIndex] ?? [];
  const headers: string[] = [];
  for (let c = 0; c < width; c++) headers.push(filled(headerCells[c]) ? cellText(headerCells[c]).trim() : '');
  // A two-level header: 姓名 merged A1:A2 beside 联系方式 over 手机 | 邮箱. The merge's top-left
  // value, one column wide and ending on the header row, is that column's header; a merge that is
  // wider, or whose header cell holds a text of its own, stays refused below.
  const headerFromAbove = new Set<CellRange>(groups?.merges ?? []);
  for (const m of grid.merged ?? []) {
    if (m == null || m.colCount !== 1 || m.row >= headerRow || m.row + Math.max(1, m.rowCount) - 1 !== headerRow) continue;
    const c = m.col - firstCol;
    const top = cells[m.row - firstRow]?.[c];
    if (c < 0 || c >= width || headers[c] !== '' || !filled(top)) continue;
    headers[c] = cellText(top).trim();
    headerFromAbove.add(m);
  }
  // The columns a group header's row names alone (姓名 | 公司 beside 联系方式): their header is there.
  if (groups) for (let c = 0; c < width; c++) if (headers[c] === '' && filled(cells[groups.upper]?.[c])) headers[c] = cellText(cells[groups.upper][c]).trim();

  // Two tables side by side (老客户 A:F, an empty column, 新客户 H:M under the same header): refused,
  // never read as one, where the right table's values would join the left rows' customers.
  const twoTables = forcedHeader ? null : sideBySide(headers, cells.slice(headerIndex, end + 1).map((r) => within(r, width)));
  if (twoTables !== null) {
    return {
      ok: false,
      problem: {
        code: 'sheet.sideBySide',
        severity: 'error',
        params: {
          sheet, row: headerRow,
          first: `${columnLetter(firstCol)}:${columnLetter(firstCol + twoTables.gap - 1)}`,
          second: `${columnLetter(firstCol + twoTables.gap + 1)}:${columnLetter(firstCol + twoTables.last)}`,
          gap: columnLetter(firstCol + twoTables.gap),
          headers: list(twoTables.repeated),
        },
      },
    };
  }
  // A row of units right under the header (万元 | 天 | yyyy-mm-dd) is part of it: each unit joins its
  // column's header as 累计采购额（万元） would write it, and the row is no customer.
  let firstFilled = headerIndex + 1;
  while (firstFilled <= end && filledWithin(cells[firstFilled], width, 1) === 0) firstFilled++;
  const unitCells: UnitCell[] | null = firstFilled <= end ? unitRow(within(cells[firstFilled], width)) : null;
  const unitRowIndex = unitCells === null ? -1 : firstFilled;
  const unitsSaid = unitCells === null ? '' : list(unitCells.map((u) => `${headers[u.col] || columnLetter(firstCol + u.col)} ${u.text}`));
  if (unitCells !== null) for (const u of unitCells) if (u.unit !== null) headers[u.col] = withUnit(headers[u.col], u.unit);

  const rows: Row[] = [];
  const hidden = new Set(grid.hiddenRows ?? []);
  let hiddenIncluded = 0;
  const struck = new Set(grid.struckRows ?? []);
  const struckIncluded: number[] = [];
  let errorCount = 0;
  let firstError: { address: string; value: string } | null = null;
  const dataUnderBlank = new Set<number>();
  // The rows that hold it: a CSV line with a field too many (a comma typed in an address) is one of
  // them, and the user has to find that line to fix it.
  const blankDataRows: number[] = [];
  let blankDataRowCount = 0;
  const totals: { sheetRow: number; label: string }[] = [];
  const sections: { sheetRow: number; label: string }[] = [];
  const notes: { sheetRow: number; label: string }[] = [];
  const leadNotes: { sheetRow: number; label: string }[] = [];
  // A rep's block heading (【张经理】) and the customer rows under it (indexes into `rows`, [from, to)),
  // up to the next heading or total: kept as blocks, not a row each, on a sheet of 100,000 rows.
  let heading: RepBlock | null = null;
  const blocks: RepBlock[] = [];
  // A region's block heading (【华东】, [EMEA]): its region is read as the rows' under it (heading-region.ts).
  let regionHeading: RepBlock | null = null;
  const regionBlocks: RepBlock[] = [];
  // The foot of the sheet: the rows below the last customer that are blank, totals or notes.
  let foot = end + 1;
  while (foot - 1 > headerIndex) {
    const row = within(cells[foot - 1], width);
    const above = within(cells[foot - 2], width);
    if (usedLength(row) !== 0 && totalLabel(row) === null && noteLabel(row, above) === null
      && (foot - 2 <= headerIndex || titleOverLegal(row, above, within(cells[foot], width)) === null)) break;
    foot--;
  }
  const repeated = headerKeys(within(cells[headerIndex], width));
  let secondHeader: { sheetRow: number; label: string } | null = null;
  // What each column's formula showed on the last customer row (a link's Open): a row of it alone is filled down.
  const shownAbove: (string | undefined)[] = new Array(width);
  for (let i = headerIndex + 1; i <= end; i++) {
    const source = cells[i] ?? [];
    if (filledWithin(source, width, 1) === 0 || i === unitRowIndex) continue;
    const sheetRow = firstRow + i;
    const row: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const read = source[c];
      if (read == null) {
        row[c] = EMPTY;
        continue;
      }
      // An error value typed or exported as text is read as the error it shows, here where a cell
      // is read, so that every field, check, key and reminder takes it as it takes an error cell.
      const cell = read.kind === 'text' ? typedError(read) ?? read : read;
      row[c] = cell;
      if (cell.kind === 'error') {
        errorCount++;
        firstError ??= { address: cellAddress(sheetRow, firstCol + c), value: cell.value };
      }
    }
    if (filledDownOnly(row, shownAbove)) continue;
    if (repeatsHeader(row, repeated)) {
      sections.push({ sheetRow, label: cellText(row.find(filled) ?? EMPTY).trim() });
      continue;
    }
    const importIds = importIdLabel(row);
    if (importIds !== null) {
      sections.push({ sheetRow, label: importIds });
      continue;
    }
    // A bilingual sheet's second header row (Name | Mobile under 客户姓名 | 手机): the header, no customer.
    if (secondHeader === null && rows.length === 0 && restatesHeader(row, within(cells[headerIndex], width), settings)) {
      secondHeader = { sheetRow, label: row.filter(filled).slice(0, 3).map((c) => cellText(c).trim()).join(' | ') };
      continue;
    }
    // A note over the customers (说明：红色为超账期客户): only before the first one, where no
    // customer's row is typed as a sentence behind a note word.
    const lead = rows.length === 0 ? leadNoteLabel(row) : null;
    if (lead !== null) {
      leadNotes.push({ sheetRow, label: lead });
      continue;
    }
    const total = totalLabel(row);
    if (total !== null) {
      totals.push({ sheetRow, label: total });
      heading = closed(heading, rows.length);
      regionHeading = closed(regionHeading, rows.length);
      continue;
    }
    const note = i >= foot ? noteLabel(row, within(cells[i - 1], width)) ?? titleOverLegal(row, within(cells[i - 1], width), within(cells[i + 1], width)) : null;
    if (note !== null) {
      notes.push({ sheetRow, label: note });
      continue;
    }
    const section = width >= 3 ? sectionLabel(row) : null;
    if (section !== null) {
      sections.push({ sheetRow, label: section });
      const label = cellText(row.find(filled) ?? EMPTY).normalize('NFKC').trim();
      const rep = headingOwner(label);
      heading = closed(heading, rows.length);
      if (rep !== null) {
        heading = { sheetRow, owner: { kind: 'text', value: rep }, from: rows.length, to: rows.length };
        blocks.push(heading);
      }
      // A rep's heading inside a region's block (【华东】 then 【张经理】) leaves the region as it is.
      const region = rep === null ? headingRegion(label) : null;
      if (rep === null) regionHeading = closed(regionHeading, rows.length);
      if (region !== null) {
        regionHeading = { sheetRow, owner: { kind: 'text', value: region }, from: rows.length, to: rows.length };
        regionBlocks.push(regionHeading);
      }
      continue;
    }
    if (hidden.has(sheetRow)) hiddenIncluded++;
    if (struck.has(sheetRow)) struckIncluded.push(sheetRow);
    // Only a customer's row holds data under a blank header: a note, a total or a heading in column A
    // beside a table that starts in B is said as what it is, not also as a column without a header.
    let underBlank = false;
    for (let c = 0; c < width; c++) {
      if (headers[c] === '' && filled(row[c])) {
        dataUnderBlank.add(c);
        underBlank = true;
      }
    }
    if (underBlank && blankDataRowCount++ < BLANK_DATA_ROWS_NAMED) blankDataRows.push(sheetRow);
    rows.push({ sheetRow, cells: row });
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell.kind === 'text' && isFormula(cell) && !isBlank(cell)) shownAbove[c] = cell.value.trim();
    }
  }

  // A merge that reaches into the header or a customer's row refuses the sheet (PITFALLS A7, B11):
  // their cells are read and written one by one. A merged title above the header, 合计 merged over
  // A14:D14, a heading or note row, a note box beside the table or a second table's title below it
  // are never written, so they are fine.
  heading = closed(heading, rows.length);
  regionHeading = closed(regionHeading, rows.length);
  const customerRows = new Set(rows.map((r) => r.sheetRow));
  const reachesRows = (m: CellRange) => {
    const last = m.row + Math.max(1, m.rowCount) - 1;
    if (m.row <= headerRow && last >= headerRow) return true;
    for (let r = Math.max(m.row, headerRow + 1); r <= Math.min(last, lastRow); r++) if (customerRows.has(r)) return true;
    return false;
  };
  const merged = (grid.merged ?? []).filter(
    (m: CellRange) => m != null && !headerFromAbove.has(m) && overlaps(m.col, m.colCount, firstCol, lastCol) && reachesRows(m),
  );
  if (merged.length > 0) {
    return {
      ok: false,
      problem: { code: 'sheet.merged', severity: 'error', params: { sheet, count: merged.length, ranges: list(merged.map(rangeAddress)) } },
    };
  }

  const sample: Cell[][] = headers.map((_, c) => rows.slice(0, SAMPLE_ROWS).map((r) => r.cells[c]));
  // Sales kept one column per period (1月 … 12月 under 月度拿货（元）): the parts of the amount.
  const mapped = mapHeaders(headers, settings, sample, grid.ownColumns);
  const amountParts = amountPartsOf(mapped, sample, groupTextOver(cells, grid.merged ?? [], headerIndex, firstRow, firstCol, width), textsAbove(cells, headerIndex, width, sheet));
  const columns = withAmountParts(mapped, amountParts);
  const ownerCol = columns.find((c) => c.field === 'owner' && !c.extra)?.col;
  const groupOwners = ownerCol === undefined ? null : ownersOfGroups(rows, totals, ownerCol);
  // The heading's rep owns only the rows that name no owner of their own (the sheet has no owner
  // column, or the row's cell is blank), nor stand under a grouped report's owner.
  const headingOwners: HeadingBlock[] = [];
  const headings: number[] = [];
  let headed = 0;
  for (const b of blocks) {
    if (b.to === b.from) continue;
    let owned = 0;
    for (let i = b.from; i < b.to; i++) {
      const r = rows[i];
      if ((ownerCol === undefined || !filled(r.cells[ownerCol])) && !groupOwners?.rows.has(r.sheetRow)) owned++;
    }
    if (owned === 0) continue;
    headingOwners.push({ from: rows[b.from].sheetRow, to: rows[b.to - 1].sheetRow, owner: b.owner });
    headings.push(b.sheetRow);
    headed += owned;
  }
  // The region a heading names is read only where the sheet has no region column of its own: a blank
  // 地区 cell under 【华东】 stays blank, as the user left it.
  const regionCol = columns.find((c) => c.field === 'province' && !c.extra)?.col;
  const headingRegions: HeadingBlock[] = [];
  const regionHeadings: number[] = [];
  const regionCounts = new Map<string, number>();
  if (regionCol === undefined) {
    for (const b of regionBlocks) {
      if (b.to === b.from) continue;
      headingRegions.push({ from: rows[b.from].sheetRow, to: rows[b.to - 1].sheetRow, owner: b.owner });
      regionHeadings.push(b.sheetRow);
      const name = cellText(b.owner);
      regionCounts.set(name, (regionCounts.get(name) ?? 0) + b.to - b.from);
    }
  }
  // A header row the user named that maps no column (the title row, one row off) would clean the real
  // header as a customer and recognise nothing: refused, naming the row the tool would have taken.
  if (forcedHeader && columns.every((c) => c.field === null)) {
    const found = detectedHeaderRow(cells, settings, firstRow);
    return {
      ok: false,
      problem:
        found !== null && found !== headerRow
          ? { code: 'sheet.headerRowNoFields', severity: 'error', params: { sheet, row: headerRow, found } }
          : { code: 'sheet.headerRowNoFieldsNone', severity: 'error', params: { sheet, row: headerRow } },
    };
  }

  const problems: SheetProblem[] = [];
  const byHeader = new Map<string, number[]>();
  headers.forEach((h, c) => {
    if (h === '') return;
    const key = sameHeaderKey(h);
    byHeader.set(key, [...(byHeader.get(key) ?? []), c]);
  });
  const duplicates = [...byHeader.values()].filter((cols) => cols.length > 1);
  if (duplicates.length > 0) {
    problems.push({
      code: 'sheet.duplicateHeaders',
      severity: 'warning',
      params: {
        sheet,
        count: duplicates.length,
        headers: list(duplicates.map((cols) => `${headers[cols[0]]} (${cols.map((c) => columnLetter(firstCol + c)).join(', ')})`)),
      },
    });
  }
  if (dataUnderBlank.size > 0) {
    const letters = [...dataUnderBlank].sort((a, b) => a - b).map((c) => columnLetter(firstCol + c));
    problems.push({
      code: 'sheet.blankHeaders',
      severity: 'warning',
      params: {
        sheet, row: headerRow, count: letters.length, columns: list(letters),
        rowCount: blankDataRowCount, rows: list(blankDataRows.map(String)) + (blankDataRowCount > BLANK_DATA_ROWS_NAMED ? ', …' : ''),
      },
    });
  }
  // 平均 and 最高 under 合计 are statistics, not totals: each kind said in its own words (tester: 第 5, 6, 7 行是合计行（合计）).
  const sums = totals.filter((t) => !isStatisticWord(t.label));
  const statistics = totals.filter((t) => isStatisticWord(t.label));
  if (sums.length > 0) {
    problems.push({ code: 'sheet.totalRows', severity: 'info', params: { sheet, rows: list(sums.map((t) => String(t.sheetRow))), label: sums[0].label } });
  }
  if (statistics.length > 0) {
    problems.push({ code: 'sheet.statisticRows', severity: 'info', params: { sheet, rows: list(statistics.map((t) => String(t.sheetRow))), labels: list([...new Set(statistics.map((t) => t.label))]) } });
  }
  if (groupOwners !== null) {
    // The groups' own line (小计), not a statistic (平均) above it: the first total that closes a group.
    const last = rows[rows.length - 1].sheetRow;
    const line = sums.find((t) => t.sheetRow < last) ?? sums[0] ?? totals[0];
    problems.push({ code: 'sheet.groupOwners', severity: 'info', params: { sheet, header: headers[groupOwners.col], count: groupOwners.rows.size, rows: list([...groupOwners.rows.keys()].map(String)), label: line.label } });
  }
  if (secondHeader !== null) {
    problems.push({ code: 'sheet.secondHeaderRow', severity: 'info', params: { sheet, rows: String(secondHeader.sheetRow), label: secondHeader.label } });
  }
  if (unitCells !== null) {
    problems.push({ code: 'sheet.unitRow', severity: 'info', params: { sheet, row: firstRow + unitRowIndex, units: unitsSaid } });
  }
  // A rep's or a region's heading is said once, by the note that reads its owner or region
  // (sheet.headingOwners, sheet.headingRegions); a heading that names neither (【重点客户】), or whose
  // rows all name their own owner, is still said here.
  const saidElsewhere = new Set([...headings, ...regionHeadings]);
  const unsaid = sections.filter((t) => !saidElsewhere.has(t.sheetRow));
  if (unsaid.length > 0) {
    problems.push({ code: 'sheet.sectionRows', severity: 'info', params: { sheet, rows: list(unsaid.map((t) => String(t.sheetRow))), label: unsaid[0].label } });
  }
  if (headingOwners.length > 0) {
    problems.push({ code: 'sheet.headingOwners', severity: 'info', params: { sheet, groups: headings.length, headings: list(headings.map(String)), count: headed } });
  }
  if (headingRegions.length > 0) {
    problems.push({ code: 'sheet.headingRegions', severity: 'info', params: { sheet, headings: list(regionHeadings.map(String)), regions: list([...regionCounts].map(([r, n]) => `${r} ${n}`)) } });
  }
  if (leadNotes.length > 0) {
    problems.push({ code: 'sheet.leadNoteRows', severity: 'info', params: { sheet, rows: list(leadNotes.map((t) => String(t.sheetRow))), label: leadNotes[0].label } });
  }
  if (notes.length > 0) {
    problems.push({ code: 'sheet.noteRows', severity: 'info', params: { sheet, rows: list(notes.map((t) => String(t.sheetRow))), label: notes[0].label } });
  }
  if (besideFrom >= 0) {
    problems.push({ code: 'sheet.besideTable', severity: 'info', params: { sheet, column: columnLetter(firstCol + besideFrom), last: columnLetter(lastCol) } });
  }
  if (below !== null) {
    problems.push({ code: 'sheet.tableBelow', severity: 'info', params: { sheet, row: firstRow + below, last: lastRow } });
  }
  if (hiddenIncluded > 0) {
    problems.push({ code: 'sheet.hiddenRows', severity: 'info', params: { sheet, count: hiddenIncluded } });
  }
  if (struckIncluded.length > 0) {
    problems.push({ code: 'sheet.struckRows', severity: 'warning', params: { sheet, count: struckIncluded.length, rows: list(struckIncluded.map(String)) } });
  }
  if (firstError) {
    problems.push({
      code: 'sheet.errorCells',
      severity: 'warning',
      params: { sheet, count: errorCount, cell: firstError.address, example: firstError.value },
    });
  }
  if (rows.length === 0) {
    problems.push({ code: 'sheet.noData', severity: 'warning', params: { sheet, row: headerRow } });
  }

  return {
    ok: true,
    table: { sheetName: sheet, headerRow, firstCol, headers, rows, ...(groupOwners !== null ? { groupOwners } : {}), ...(headingOwners.length > 0 ? { headingOwners } : {}), ...(headingRegions.length > 0 ? { headingRegions } : {}), ...(amountParts !== null ? { amountParts } : {}), ...(totals.length > 0 ? { totalRows: totals.map((t) => t.sheetRow) } : {}), ...(statistics.length > 0 ? { statisticRows: statistics.map((t) => t.sheetRow) } : {}) },
    columns,
    problems,
  };
}
