import { isPlaceholder } from '../../../shared/normalize/placeholder';
import fc from 'fast-check';
import { planMerge, EXCEL_CELL_LIMIT } from '../../../shared/dedupe/merge';
import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { toRecords } from '../../../shared/table/records';
import { cellText, isBlank, type Cell } from '../../../shared/table/cell';
import type { Table } from '../../../shared/table/table';
import type { FieldId } from '../../../shared/schema/fields';
import type { DuplicateGroup, MergePlan } from '../../../shared/dedupe/types';
import { table, type RowSpec } from './helpers';

const FIELDS: FieldId[] = ['name', 'mobile', 'phone', 'email', 'company', 'owner', 'notes', 'lastContact'];
const HEADERS = ['姓名', '手机', '电话', '邮箱', '公司', '负责人', '备注', '最近联系'];

function group(rows: number[], survivor: number, confidence: DuplicateGroup['confidence'] = 'exact', id = 'G1'): DuplicateGroup {
  return { id, rows, fingerprints: rows.map(String), score: 1, reasons: [], confidence, survivor, fields: [], conflicts: [] };
}

/** The main sheet after the plan: edits applied, removed rows gone, merged-values column added. */
function applied(t: Table, plan: MergePlan): Cell[][] {
  const removed = new Set(plan.removeRows);
  return t.rows
    .filter((r) => !removed.has(r.sheetRow))
    .map((r) => {
      const cells = r.cells.map((c, col) => plan.edits.find((e) => e.sheetRow === r.sheetRow && e.col === col)?.after ?? c);
      const note = plan.mergedColumn?.values[t.rows.indexOf(r)];
      return note ? [...cells, note] : cells;
    });
}

describe('planMerge', () => {
  const rows: RowSpec[] = [
    { name: '张伟', mobile: '13812345678', company: '星辰科技', owner: '李四', lastContact: '2024-01-05' },
    { name: '刘洋', mobile: '13900001111' },
    { name: '张伟', mobile: '13812345678', phone: '010-87654321', email: 'zw@qq.com', company: '北京星辰科技有限公司', owner: '王五', notes: '老客户' },
  ];

  it('fills the survivor’s empty cells, never overwrites a value, and notes the conflicting ones', () => {
    const { table: t, fieldCols } = table(FIELDS, rows, HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 4], 2)], { language: 'zh-CN' });
    expect(plan.edits.map((e) => [e.sheetRow, e.field, cellText(e.after), e.reason])).toEqual([
      [2, 'phone', '010-87654321', 'dedupe.fix.fill'],
      [2, 'email', 'zw@qq.com', 'dedupe.fix.fill'],
      [2, 'notes', '老客户', 'dedupe.fix.fill'],
    ]);
    expect(plan.edits.every((e) => isBlank(e.before))).toBe(true);
    expect(plan.mergedColumn?.header).toBe('合并记录');
    expect(cellText(plan.mergedColumn!.values[0])).toBe('公司: 北京星辰科技有限公司（第4行）；负责人: 王五（第4行）');
    expect(plan.mergedColumn!.values[1]).toEqual({ kind: 'empty' });
  });

  it('on a day given, names the rows it cites as that day\'s input rows and dates the archive: next week\'s row 4 is another customer', () => {
    const { table: t, fieldCols } = table(FIELDS, rows, HEADERS);
    const zh = planMerge(t, fieldCols, [group([2, 4], 2)], { language: 'zh-CN', today: '2024-12-08' });
    expect(cellText(zh.mergedColumn!.values[0])).toBe('公司: 北京星辰科技有限公司（2024-12-08 原第4行）；负责人: 王五（2024-12-08 原第4行）');
    expect(zh.mergedOn).toBe('2024-12-08');
    const en = planMerge(t, fieldCols, [group([2, 4], 2)], { language: 'en', today: '2024-12-08' });
    expect(cellText(en.mergedColumn!.values[0])).toBe('公司: 北京星辰科技有限公司 (row 4 as of 2024-12-08); 负责人: 王五 (row 4 as of 2024-12-08)');
  });

  it('fills and notes the columns no field is mapped to as well (a policy number, a spouse, an agent), not those an earlier run added', () => {
    const specs: RowSpec[] = [
      { name: 'Linda Carter', email: 'linda.carter@gmail.com', phone: '(415) 555-0134' },
      { name: 'Linda Carter', email: 'linda.carter@gmail.com', phone: '(415) 555-0134 ext. 22' },
    ];
    const { table: base, fieldCols } = table(['name', 'email', 'phone'], specs, ['Name', 'Email', 'Phone']);
    const text = (value: string): Cell => (value === '' ? { kind: 'empty' } : { kind: 'text', value });
    const extra = [['', '', 'G3'], ['PN-88812', 'Mark Carter', '']];
    const t: Table = {
      ...base,
      headers: [...base.headers, 'Policy Number', 'Spouse', 'Sheet Keeper issues', 'Duplicate group'],
      rows: base.rows.map((r, i) => ({ ...r, cells: [...r.cells, text(extra[i][0]), text(extra[i][1]), text(''), text(extra[i][2])] })),
    };
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en', defaultRegion: 'US' });
    expect(plan.edits.map((e) => [e.col, e.field, cellText(e.after)])).toEqual([
      [3, null, 'PN-88812'],
      [4, null, 'Mark Carter'],
    ]);
    // The desk's extension is no switchboard number: it stays in the kept row's merged values.
    expect(cellText(plan.mergedColumn!.values[0])).toBe('Phone: (415) 555-0134 ext. 22 (row 3)');
  });

  it('gives the kept row the latest last-contact day of the group, listing its own earlier one', () => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: 'Robert Jones', email: 'bob.jones@gmail.com', owner: 'Mike Chen', lastContact: '2024-01-02' },
      { name: 'Robert Jones', email: 'bob.jones@gmail.com', lastContact: '2026-11-15' },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en' });
    expect(plan.edits.map((e) => [e.sheetRow, e.field, cellText(e.before), cellText(e.after), e.reason])).toEqual([
      [2, 'lastContact', '2024-01-02', '2026-11-15', 'dedupe.fix.latest'],
    ]);
    expect(cellText(plan.mergedColumn!.values[0])).toBe('最近联系: 2024-01-02 (row 2)');
  });

  it('fills a kept row whose last-contact day says none (N/A) with the group\'s latest day in one edit, not first with an earlier one it calls its own', () => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: 'Robert Jones', email: 'bob.jones@gmail.com', owner: 'Mike Chen', lastContact: 'N/A' },
      { name: 'Robert Jones', email: 'bob.jones@gmail.com', lastContact: '2024-01-05' },
      { name: 'Robert Jones', email: 'bob.jones@gmail.com', lastContact: '2026-11-15' },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3, 4], 2)], { language: 'en' });
    expect(plan.edits.map((e) => [e.sheetRow, e.field, cellText(e.before), cellText(e.after), e.reason])).toEqual([
      [2, 'lastContact', 'N/A', '2026-11-15', 'dedupe.fix.fill'],
    ]);
    // The N/A typed on the kept row is listed; 2024-01-05 was row 3's, and row 3's archive line holds it.
    expect(cellText(plan.mergedColumn!.values[0])).not.toContain('2024-01-05 (row 2)');
    expect(plan.archive.find((a) => a.sheetRow === 3)!.cells.map(cellText)).toContain('2024-01-05');
  });

  it('keeps a 黑名单 of any copy on the kept row: a merge never makes a blacklisted customer one to contact again', () => {
    const { table: t, fieldCols } = table(['name', 'mobile', 'owner', 'status'], [
      { name: '张伟', mobile: '13911110001', owner: '王芳', status: '正常' },
      { name: '张伟', mobile: '13911110001', owner: '王芳', status: '黑名单' },
    ], ['客户姓名', '手机', '负责人', '状态']);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2, 'likely')], { language: 'zh-CN' });
    expect(plan.edits.map((e) => [e.sheetRow, e.field, cellText(e.before), cellText(e.after), e.reason])).toEqual([
      [2, 'status', '正常', '黑名单', 'dedupe.fix.doNotContact'],
    ]);
    // The kept row's own 正常 is with the merged values; row 3's 黑名单, now the kept row's, is not listed again.
    expect(cellText(plan.mergedColumn!.values[0])).toBe('状态: 正常（第2行）');
  });

  it('leaves the kept row\'s own 请勿联系 as it is, and a copy\'s 正常 with the merged values', () => {
    const { table: t, fieldCols } = table(['name', 'mobile', 'status'], [
      { name: 'Emma Lewis', mobile: '07700 900123', status: 'Do not contact' },
      { name: 'Emma Lewis', mobile: '07700 900123', status: 'Active' },
    ], ['Name', 'Mobile', 'Status']);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2, 'likely')], { language: 'en' });
    expect(plan.edits).toEqual([]);
    expect(cellText(plan.mergedColumn!.values[0])).toBe('Status: Active (row 3)');
  });

  describe('money and counts (Total Spent, Total Orders; 累计消费金额, 购买次数)', () => {
    const MONEY: FieldId[] = ['name', 'email', 'amount', 'orders', 'notes'];
    const MONEY_HEADERS = ['Name', 'Email', 'Total Spent', 'Total Orders', 'Note'];

    it('gives a kept row of $0 and 0 orders (an abandoned cart\'s account) the real spend and orders of the group, listing its own 0s', () => {
      const { table: t, fieldCols } = table(MONEY, [
        { name: 'Sarah Miller', email: 'sarah.miller@gmail.com', amount: 0, orders: 0, notes: 'Abandoned cart' },
        { name: 'Sarah Miller', email: 'sarah.miller@gmail.com', amount: 0, orders: 0 },
        { name: 'Sarah Miller', email: 'sarah.miller@gmail.com', amount: 312.5, orders: 2 },
      ], MONEY_HEADERS);
      const plan = planMerge(t, fieldCols, [group([2, 3, 4], 2, 'likely')], { language: 'en' });
      expect(plan.edits.map((e) => [e.sheetRow, e.field, cellText(e.before), cellText(e.after), e.reason])).toEqual([
        [2, 'amount', '0', '312.5', 'dedupe.fix.total'],
        [2, 'orders', '0', '2', 'dedupe.fix.total'],
      ]);
      expect(cellText(plan.mergedColumn!.values[0])).toBe('Total Spent: 0 (row 2); Total Orders: 0 (row 2)');
    });

    it('fills a blank amount with the real one, not with the 0 of a row ranked before it', () => {
      const { table: t, fieldCols } = table(MONEY, [
        { name: '林晓', email: 'linxiao@163.com', notes: '扫码领券' },
        { name: '林晓', email: 'linxiao@163.com', amount: 0, orders: 0 },
        { name: '林晓', email: 'linxiao@163.com', amount: 2460.5, orders: 9 },
      ], ['姓名', '邮箱', '累计消费金额', '购买次数', '备注']);
      const plan = planMerge(t, fieldCols, [group([2, 3, 4], 2, 'likely')], { language: 'zh-CN' });
      expect(plan.edits.map((e) => [e.field, cellText(e.after), e.reason])).toEqual([
        ['amount', '2460.5', 'dedupe.fix.fill'],
        ['orders', '9', 'dedupe.fix.fill'],
      ]);
      expect(cellText(plan.mergedColumn!.values[0])).toBe('累计消费金额: 0（第3行）；购买次数: 0（第3行）');
    });

    it('keeps the kept row\'s own real amount against another real one, never their sum: the other in the merged values', () => {
      const { table: t, fieldCols } = table(MONEY, [
        { name: 'Robert Johnson', email: 'rjohnson@outlook.com', amount: 4820.75, orders: 22, notes: 'Net 30 approved' },
        { name: 'Bob Johnson', email: 'rjohnson@outlook.com', amount: 96, orders: 1 },
      ], MONEY_HEADERS);
      const plan = planMerge(t, fieldCols, [group([2, 3], 2, 'likely')], { language: 'en' });
      expect(plan.edits).toEqual([]);
      // 4820.75 and 96 are no running total typed twice for sure: said so, never called close.
      expect(cellText(plan.mergedColumn!.values[0])).toBe('Name: Bob Johnson (row 3); Total Spent: 4820.75 / 96 are far apart, perhaps not one running total typed twice: the larger, 4820.75, kept, not added (as two accounts, 4916.75); Total Spent: 96 (row 3); Total Orders: 22 / 1 are far apart, perhaps not one running total typed twice: the larger, 22, kept, not added (as two accounts, 23); Total Orders: 1 (row 3)');
    });

    it('leaves a 0 that every row holds, and never writes into a formula\'s 0', () => {
      const { table: t, fieldCols } = table(MONEY, [
        { name: 'Guest', email: 'guest.checkout123@gmail.com', amount: 0, orders: { kind: 'number', value: 0, formula: '=COUNTIF(Orders!B:B,B2)' } },
        { name: 'Guest', email: 'guest.checkout123@gmail.com', amount: 0, orders: 3 },
      ], MONEY_HEADERS);
      const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en' });
      expect(plan.edits).toEqual([]);
      expect(cellText(plan.mergedColumn!.values[0])).toBe('Total Orders: 3 (row 3)');
    });

    it('property: the kept row holds a real total whenever a row of its group does, one of the group\'s own (never a sum), and every value stays', () => {
      const total = fc.constantFrom<number | string>('', 0, 0, 96, 312.5, 4820.75);
      fc.assert(
        fc.property(fc.array(fc.tuple(total, total), { minLength: 2, maxLength: 6 }), fc.nat(5), (rows, at) => {
          const specs: RowSpec[] = rows.map(([amount, orders]) => ({ name: 'Sarah Miller', email: 'sarah.miller@gmail.com', amount, orders }));
          const { table: t, fieldCols } = table(MONEY, specs, MONEY_HEADERS);
          const sheetRows = t.rows.map((r) => r.sheetRow);
          const survivor = sheetRows[at % sheetRows.length];
          const plan = planMerge(t, fieldCols, [group(sheetRows, survivor, 'likely')], { language: 'en' });
          const [kept] = applied(t, plan);
          const note = cellText(plan.mergedColumn?.values[sheetRows.indexOf(survivor)] ?? { kind: 'empty' });
          for (const k of [0, 1]) {
            const own = rows.map((r) => r[k]);
            const real = own.filter((v) => typeof v === 'number' && v !== 0);
            const value = cellText(kept[2 + k]);
            if (real.length > 0) expect(real.map(String)).toContain(value);
            // Every other value of the column, the kept row's own 0 too, is in the merged values (once, from its first row).
            for (const v of own) if (v !== '' && String(v) !== value) expect(note).toContain(`${MONEY_HEADERS[2 + k]}: ${v} (row `);
          }
        }),
        { numRuns: 200 },
      );
    });
  });

  it('shows a date with its time in the merged values as the sheet writes it (2024-12-01 10:10), not as ISO text with a T', () => {
    // HubSpot's Last Activity Date (yyyy-mm-dd hh:mm): Robert Brown's two records, the later kept (h40).
    const { table: t, fieldCols } = table(FIELDS, [
      { name: 'Robert Brown', email: 'rbrown@globex.com', lastContact: { kind: 'date', value: '2024-12-01T10:10' } },
      { name: 'Robert Brown', email: 'rbrown@globex.com', company: 'Globex', lastContact: { kind: 'date', value: '2026-11-15T14:00' } },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en' });
    expect(cellText(plan.mergedColumn!.values[0])).toBe('最近联系: 2024-12-01 10:10 (row 2)');
  });

  it.each([
    ['零食，黑名单', '零食', 'zh-CN', '零食，黑名单', ''],
    ['零食', '零食，黑名单', 'zh-CN', '零食，黑名单', '合并了各重复行的标签'],
    ['老客户 宝妈', '黑名单', 'zh-CN', '老客户、宝妈、黑名单', '合并了各重复行的标签'],
    ['VIP, Wholesale', 'wholesale; Do Not Contact', 'en', 'VIP, Wholesale, Do Not Contact', 'the tags of all the duplicate rows'],
    ['Key Account', 'Do Not Contact', 'en', 'Key Account, Do Not Contact', 'the tags of all the duplicate rows'],
    // Google Contacts' labels: joined with " ::: " as Google reads them back, its own * myContacts once.
    ['* myContacts ::: 老客户 ::: VIP', '* myContacts ::: 供应商', 'zh-CN', '* myContacts ::: 老客户 ::: VIP ::: 供应商', '合并了各重复行的标签'],
    ['VIP', '* starred ::: * myContacts ::: Do Not Contact', 'en', 'VIP ::: * starred ::: * myContacts ::: Do Not Contact', 'the tags of all the duplicate rows'],
  ])('gives the kept row every tag of the group: %s + %s → %s (a 黑名单 on either row still silences him)', (kept, other, lang, united, why) => {
    const t: Table = {
      sheetName: '客户', headerRow: 1, firstCol: 1,
      headers: ['姓名', '手机', '标签'],
      rows: [['陈晓', '13800001111', kept], ['陈晓', '13800001111', other]].map((cells, i) => ({ sheetRow: i + 2, cells: cells.map((value) => ({ kind: 'text', value }) as Cell) })),
    };
    const plan = planMerge(t, { name: 0, mobile: 1, tags: 2 }, [group([2, 3], 2)], { language: lang as 'zh-CN' | 'en' });
    expect(cellText(applied(t, plan)[0][2])).toBe(united);
    expect(plan.edits.map((e) => e.reason)).toEqual(why === '' ? [] : ['dedupe.fix.tags']);
    // Every tag is on the kept row now: no tag left over for the merged values.
    expect(plan.mergedColumn).toBeNull();
  });

  it('merging a cleaned file again adds to the merged values an earlier merge wrote, and archives the user\'s columns only', () => {
    const text = (value: string): Cell => (value === '' ? { kind: 'empty' } : { kind: 'text', value });
    const t: Table = {
      sheetName: '客户', headerRow: 1, firstCol: 1,
      headers: ['姓名', '手机', '公司', '整理问题', '重复组', '合并记录'],
      rows: [
        ['高杰', '13800001111', '星辰科技', '', '', '公司: 北京星辰科技有限公司（第46行）'],
        ['王芳', '13900002222', '', '', '', '手机: 13900003333（第47行）'],
        ['高杰', '13800001111', '月亮贸易', '手机号已修正', 'G1 · 完全重复', '邮箱: gj@qq.com（第48行）'],
      ].map((cells, i) => ({ sheetRow: i + 2, cells: cells.map(text) })),
    };
    const plan = planMerge(t, { name: 0, mobile: 1, company: 2 }, [group([2, 4], 2)], { language: 'zh-CN' });
    expect(plan.mergedColumn!.values.map(cellText)).toEqual([
      '公司: 北京星辰科技有限公司（第46行）；邮箱: gj@qq.com（第48行）；公司: 月亮贸易（第4行）',
      '手机: 13900003333（第47行）',
      '邮箱: gj@qq.com（第48行）',
    ]);
    expect(plan.archiveHeaders).toEqual(['姓名', '手机', '公司', '原行号', '保留行', '重复组', '原因', '合并日期']);
    expect(plan.archive[0].cells.map(cellText)).toEqual(['高杰', '13800001111', '月亮贸易']);
  });

  it('leaves a column without a header as it is: nothing filled into it (its cells are in the archive)', () => {
    const text = (value: string): Cell => (value === '' ? { kind: 'empty' } : { kind: 'text', value });
    const t: Table = {
      sheetName: '客户', headerRow: 1, firstCol: 1,
      headers: ['姓名', '手机', ''],
      rows: [['高杰', '13800001111', ''], ['高杰', '13800001111', 'x']].map((cells, i) => ({ sheetRow: i + 2, cells: cells.map(text) })),
    };
    const plan = planMerge(t, { name: 0, mobile: 1 }, [group([2, 3], 2)], { language: 'zh-CN' });
    expect(plan.edits).toEqual([]);
    expect(plan.archive[0].cells.map(cellText)).toEqual(['高杰', '13800001111', 'x']);
  });

  it('does not list a number the kept row already holds among its several', () => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: '张伟', mobile: '13812345678 / 13998765432' },
      { name: '张伟', mobile: '139 9876 5432' },
    ], HEADERS);
    expect(planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'zh-CN' }).mergedColumn).toBeNull();
  });

  it('never fills the kept row with a placeholder (N/A, TBD), nor lists one as a merged value', () => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: 'Ann Lee', email: 'ann@lee.com', company: '' },
      { name: 'Ann Lee', email: 'ann@lee.com', company: 'N/A', phone: 'N/A', notes: 'TBD' },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en' });
    expect(plan.edits).toEqual([]);
    expect(plan.mergedColumn).toBeNull();
    expect(plan.archive[0].cells.map(cellText)).toContain('N/A');
  });

  it('archives the other rows with every original cell and a pointer to the survivor', () => {
    const { table: t, fieldCols } = table(FIELDS, rows, HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 4], 2, 'likely', 'G7')], { language: 'en' });
    expect(plan.archiveSheet).toBe('Merged duplicates');
    expect(plan.archiveHeaders.slice(-5)).toEqual(['Original row', 'Kept row', 'Duplicate group', 'Reason', 'Merged on']);
    expect(plan.archive).toHaveLength(1);
    expect(plan.archive[0]).toMatchObject({ sheetRow: 4, survivorRow: 2, groupId: 'G7', confidence: 'likely' });
    expect(plan.archive[0].cells).toEqual(t.rows[2].cells);
    expect(plan.removeRows).toEqual([4]);
  });

  it('merges exact and likely groups by default, review groups only when asked (PITFALLS D3)', () => {
    const { table: t, fieldCols } = table(FIELDS, rows, HEADERS);
    const review = [group([2, 4], 2, 'review')];
    expect(planMerge(t, fieldCols, review, { language: 'en' }).removeRows).toEqual([]);
    expect(planMerge(t, fieldCols, review, { language: 'en', accept: ['exact', 'likely', 'review'] }).removeRows).toEqual([4]);
    expect(planMerge(t, fieldCols, [group([2, 4], 2, 'likely')], { language: 'en', accept: ['exact'] }).removeRows).toEqual([]);
  });

  it('does not count the same number in another format as a conflict', () => {
    const { table: t, fieldCols } = table(FIELDS, [{ name: '张伟', mobile: '13812345678' }, { name: '张伟', mobile: '+86 138 1234 5678' }], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en' });
    expect(plan.mergedColumn).toBeNull();
    expect(plan.archive[0].cells[1]).toEqual({ kind: 'text', value: '+86 138 1234 5678' });
  });

  it('never writes into a formula cell, and never turns another row\'s formula result into a typed value', () => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: '张伟', mobile: '13812345678', notes: { kind: 'empty', formula: '=B2&""' } },
      { name: '张伟', mobile: '13812345678', notes: '老客户', company: { kind: 'text', value: '星辰科技', formula: '=X1' } },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en' });
    expect(plan.edits.find((e) => e.field === 'notes')).toBeUndefined();
    // =X1 computes 星辰科技 from the archived row's own inputs: the kept row gets no frozen copy, the note lists it.
    expect(plan.edits.find((e) => e.field === 'company')).toBeUndefined();
    expect(cellText(plan.mergedColumn!.values[0])).toContain('星辰科技');
    expect(plan.archive[0].cells[4]).toEqual({ kind: 'text', value: '星辰科技', formula: '=X1' });
  });

  describe('an error value on the kept row (#N/A of a VLOOKUP that failed) is no value: a copy\'s real one takes its place', () => {
    // 华东客户台账: 公司 and 城市 were looked up with VLOOKUP, and the sheet pasted as values; the row kept
    // holds #N/A where the row typed again last week holds the company. The #N/A is listed with the merged values.
    const E = (value: string, more: Partial<{ typed: true; formula: string }> = {}): Cell => ({ kind: 'error', value, ...more });
    const merged = (kept: RowSpec, copy: RowSpec, language: 'zh-CN' | 'en' = 'zh-CN') => {
      const { table: t, fieldCols } = table(FIELDS, [
        { name: '张伟', mobile: '13812345678', email: 'zhangwei@jiahe.cn', owner: '王芳', notes: '老客户介绍', ...kept },
        { name: '张伟', mobile: '13812345678', ...copy },
      ], HEADERS);
      return planMerge(t, fieldCols, [group([2, 3], 2, 'likely')], { language, today: '2026-12-03' });
    };

    it.each<[string, Cell]>([
      ['pasted as values: an error value with no formula', E('#N/A')],
      ['typed as text (a CSV of failed lookups)', E('#N/A', { typed: true })],
      ['typed in full width with a Chinese IME', E('＃Ｎ／Ａ', { typed: true })],
      ['#REF! of a lookup into a deleted sheet', E('#REF!')],
    ])('%s: the kept row takes the copy\'s company, its error listed with the merged values', (_, error) => {
      const plan = merged({ company: error }, { company: '上海嘉禾贸易有限公司' });
      expect(plan.edits.map((e) => [e.sheetRow, e.field, e.before, cellText(e.after), e.reason])).toEqual([
        [2, 'company', error, '上海嘉禾贸易有限公司', 'dedupe.fix.valid'],
      ]);
      expect(cellText(plan.mergedColumn!.values[0])).toBe(`公司: ${error.kind === 'error' ? error.value : ''}（第2行）`);
      // Counted with the cells filled (the summary's 从重复行补全了 1 个空单元格): an error value counts as a missing value.
      expect(plan.stats.cellsFilled).toBe(1);
      // The copy is archived whole: nothing of either row is lost.
      expect(plan.archive[0].cells[4]).toEqual({ kind: 'text', value: '上海嘉禾贸易有限公司' });
    });

    it('says it in English too', () => {
      const plan = merged({ company: E('#N/A', { typed: true }) }, { company: 'Jiahe Trading Co., Ltd.' }, 'en');
      expect(plan.edits.map((e) => e.reason)).toEqual(['dedupe.fix.valid']);
      expect(cellText(plan.mergedColumn!.values[0])).toBe('公司: #N/A (row 2)');
    });

    it('a formula showing #N/A is the formula\'s, never written over: the copy\'s company stays with the merged values', () => {
      const plan = merged({ company: E('#N/A', { formula: '=VLOOKUP(B2,客户档案!A:C,3,FALSE)' }) }, { company: '上海嘉禾贸易有限公司' });
      expect(plan.edits).toEqual([]);
      expect(cellText(plan.mergedColumn!.values[0])).toBe('公司: 上海嘉禾贸易有限公司（2026-12-03 原第3行）');
    });

    it('with no copy holding a value (both #N/A, or the copy\'s blank), the kept row\'s error stays as it is', () => {
      expect(merged({ company: E('#N/A', { typed: true }) }, { company: E('#N/A') }).edits).toEqual([]);
      expect(merged({ company: E('#N/A') }, {}).edits).toEqual([]);
    });

    it('a copy\'s error value never fills the kept row\'s blank', () => {
      const plan = merged({}, { company: E('#N/A', { typed: true }) });
      expect(plan.edits).toEqual([]);
      expect(plan.archive[0].cells[4]).toEqual(E('#N/A', { typed: true }));
    });
  });

  it('leaves a 折扣额 column of formulas alone: the kept row\'s blank or uncomputed cell takes no archived row\'s result', () => {
    // 华南区客户台账: 折扣额 (unread) is =累计金额×5% on each row; the customer typed again last week left it blank,
    // and an older row holds =0 that was never calculated (no saved result).
    const headers = ['客户编号', '姓名', '手机', '最近联系', '累计金额', '折扣额'];
    const t: Table = {
      sheetName: '客户',
      headerRow: 2,
      firstCol: 1,
      headers,
      rows: [
        { sheetRow: 3, cells: [{ kind: 'text', value: 'KH002' }, { kind: 'text', value: '李娜' }, { kind: 'text', value: '13900138000' }, { kind: 'date', value: '2026-10-01' }, { kind: 'number', value: 8000 }, { kind: 'number', value: 400, formula: '=8000*0.05' }] },
        { sheetRow: 4, cells: [{ kind: 'text', value: 'KH012' }, { kind: 'text', value: '李娜' }, { kind: 'text', value: '13900138000' }, { kind: 'date', value: '2026-12-05' }, { kind: 'number', value: 8000 }, { kind: 'empty' }] },
        { sheetRow: 5, cells: [{ kind: 'text', value: 'KH003' }, { kind: 'text', value: '张伟' }, { kind: 'text', value: '13812345678' }, { kind: 'date', value: '2026-11-25' }, { kind: 'empty' }, { kind: 'empty', formula: '=0' }] },
        { sheetRow: 6, cells: [{ kind: 'text', value: 'KH001' }, { kind: 'text', value: '张伟' }, { kind: 'text', value: '13812345678' }, { kind: 'date', value: '2026-11-20' }, { kind: 'number', value: 125000 }, { kind: 'number', value: 6250, formula: '=125000*0.05' }] },
      ],
    };
    const fieldCols = { customerId: 0, name: 1, mobile: 2, lastContact: 3, amount: 4 } as Partial<Record<FieldId, number>>;
    const plan = planMerge(t, fieldCols, [group([3, 4], 4, 'likely', 'G1'), group([5, 6], 5, 'likely', 'G2')], { language: 'zh-CN' });
    expect(plan.edits.filter((e) => e.col === 5)).toEqual([]);
    expect(plan.stats.cellsFilled).toBe(1); // 张伟's 累计金额, a typed value
    // The archive keeps each archived row's formula and its result as they were.
    expect(plan.archive.map((a) => a.cells[5])).toEqual([{ kind: 'number', value: 400, formula: '=8000*0.05' }, { kind: 'number', value: 6250, formula: '=125000*0.05' }]);
  });

  it('caps the merged-values note at 32,767 characters and points to the archive (PITFALLS C4)', () => {
    const long = 'x'.repeat(500);
    const many: RowSpec[] = [{ name: '张伟', mobile: '13812345678', notes: 'kept' }];
    for (let i = 0; i < 200; i++) many.push({ name: '张伟', mobile: '13812345678', notes: `${i}${long}` });
    const { table: t, fieldCols } = table(FIELDS, many, HEADERS);
    const plan = planMerge(t, fieldCols, [group(t.rows.map((r) => r.sheetRow), 2)], { language: 'en' });
    const note = cellText(plan.mergedColumn!.values[0]);
    expect(note.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(note).toMatch(/more values in the sheet "Merged duplicates"$/);
    expect(plan.stats.notesTruncated).toBe(1);
    for (let i = 0; i < 200; i++) expect(plan.archive[i].cells[6]).toEqual({ kind: 'text', value: `${i}${long}` });
  });

  it('skips a group whose rows are gone or already taken by another group', () => {
    const { table: t, fieldCols } = table(FIELDS, rows, HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 4], 2), group([3, 4], 3, 'exact', 'G2'), group([2, 99], 2, 'exact', 'G3')], { language: 'en' });
    expect(plan.stats).toMatchObject({ groupsMerged: 1, groupsSkipped: 2 });
  });
});

describe('property: a merge loses no value (PITFALLS D1)', () => {
  const value = fc.oneof(
    fc.constant(''),
    fc.constantFrom('张伟', '张玮', 'Zhang Wei', '王芳'),
    fc.constantFrom('13812345678', '138 1234 5678', '13900001111', '010-87654321'),
    fc.constantFrom('星辰科技', '北京星辰科技有限公司', 'zw@qq.com', 'ZW@qq.com', '李四', '王五'),
    fc.constantFrom('2024-01-05', '2026-11-15', 'N/A'),
    fc.string({ maxLength: 6 }),
    // A VLOOKUP's #N/A pasted as values, one typed in a CSV, and a formula showing it.
    fc.constantFrom<Cell>({ kind: 'error', value: '#N/A' }, { kind: 'error', value: '#N/A', typed: true }, { kind: 'error', value: '#REF!', formula: '=VLOOKUP(A2,档案!A:C,3,0)' }),
  );
  // One value per field, one more for an extra phone column (电话2) the finder reads too, and one for
  // a column the user typed right of last week's run's columns (本周跟进结果 after 分类依据).
  const row = fc.array(value, { minLength: FIELDS.length + 2, maxLength: FIELDS.length + 2 });
  // Last week's run's columns between them, written anew: their texts are the run's, not the user's.
  const RUN_HEADERS = ['整理问题', '重复组', '重复依据', '客户类型', '分类依据'];
  const runCell = (k: number): Cell => ({ kind: 'text', value: ['手机号少一位', 'G1 · 确定重复', '手机号相同；合并时保留此行', '潜在客户', '尚无购买记录'][k] });

  it('every original non-empty value of the user\'s columns (one typed right of the run\'s too) is in the main sheet after the merge or in the archive', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 14 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 14, maxLength: 14 }), fc.boolean(), (cellsRows, clusterOf, useFinder) => {
        const specs: RowSpec[] = cellsRows.map((cs) => Object.fromEntries(FIELDS.map((f, i) => [f, cs[i]])));
        const { table: base, fieldCols } = table(FIELDS, specs, HEADERS);
        const extra = FIELDS.length;
        const typed = (v: string | Cell): Cell => (typeof v !== 'string' ? v : v === '' ? { kind: 'empty' } : { kind: 'text', value: v });
        const t: Table = {
          ...base,
          headers: [...base.headers, '电话2', ...RUN_HEADERS, '本周跟进结果'],
          rows: base.rows.map((r, i) => ({ ...r, cells: [...r.cells, typed(cellsRows[i][extra]), ...RUN_HEADERS.map((_, k) => runCell(k)), typed(cellsRows[i][extra + 1])] })),
        };
        const runCols = new Set(RUN_HEADERS.map((_, k) => extra + 1 + k));
        let groups: DuplicateGroup[];
        if (useFinder) {
          groups = findDuplicates(toRecords(t, fieldCols, { phone: [extra] }), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN' }).groups;
        } else {
          // Random clusters: rows with the same cluster number form a group; survivor is any member.
          const byCluster = new Map<number, number[]>();
          t.rows.forEach((r, i) => byCluster.set(clusterOf[i], [...(byCluster.get(clusterOf[i]) ?? []), r.sheetRow]));
          // Each one person (an identifier of his agreeing), so a newer row's phone or e-mail may replace the kept row's.
          groups = [...byCluster.values()].filter((g) => g.length > 1).map((g, k) => ({
            ...group(g, g[(k * 7) % g.length], 'exact', `G${k + 1}`),
            samePerson: g.flatMap((a, x) => g.slice(x + 1).map((b): [number, number] => [a, b])),
          }));
        }
        const plan = planMerge(t, fieldCols, groups, { language: 'en', accept: ['exact', 'likely', 'review'] });
        const kept = applied(t, plan);
        const inMain = new Set<string>();
        for (const r of kept) r.forEach((c, col) => !isBlank(c) && !runCols.has(col) && inMain.add(cellText(c)));
        const inArchive = new Set<string>();
        for (const a of plan.archive) for (const c of a.cells) if (!isBlank(c)) inArchive.add(cellText(c));
        const notes = (plan.mergedColumn?.values ?? []).map(cellText);
        for (const r of t.rows) {
          for (const [col, c] of r.cells.entries()) {
            if (isBlank(c) || runCols.has(col)) continue;
            const v = cellText(c);
            // A kept row's earlier last-contact day, replaced by the group's latest, is in its merged values.
            const noted = notes.some((n) => n.includes(`${v} (row ${r.sheetRow})`));
            expect(inMain.has(v) || inArchive.has(v) || noted).toBe(true);
          }
        }
        // Survivor values are never overwritten but by a later last-contact day, an error value by a
        // real one, and a phone or e-mail by a newer row's; a formula is never written; rows not merged are untouched.
        for (const e of plan.edits) {
          if (e.reason === 'dedupe.fix.latest') expect([e.field, cellText(e.before) < cellText(e.after)]).toEqual(['lastContact', true]);
          else if (e.reason === 'dedupe.fix.total') expect(cellText(e.before)).toBe('0');
          else if (e.reason === 'dedupe.fix.valid') expect([e.before.kind, e.before.formula, e.after.kind === 'error']).toEqual(['error', undefined, false]);
          // A phone, e-mail or WeChat a newer row of the customer brought (dedupe/newer-contact.ts): the old one is in the merged values, checked above.
          else if (e.reason === 'dedupe.fix.newerPhone') expect(['mobile', 'phone']).toContain(e.field);
          else if (e.reason === 'dedupe.fix.newerContact') expect(['email', 'wechat']).toContain(e.field);
          // A placeholder (N/A, 无) says "no value" as typed: filled as a blank is, and listed in the note above.
          else expect(isBlank(e.before) || (e.before.kind === 'text' && isPlaceholder(e.before.value))).toBe(true);
        }
        expect(plan.removeRows.length + kept.length).toBe(t.rows.length);
      }),
      { numRuns: 150 },
    );
  });
});
