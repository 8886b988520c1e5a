/** One tab per sales rep: the same customer in two tabs is a 撞单 that no single sheet shows. */
import { cleanSheet, findAcrossSheets, resolveSettings, type Cell, type Grid } from '../../../shared';
import { gridOf, TODAY } from './helpers';

const settings = () => {
  const s = resolveSettings({});
  if (!s.ok) throw new Error('settings');
  return s.settings;
};
const across = (...sheets: [string, string[][]][]) =>
  findAcrossSheets(sheets.map(([name, rows]) => gridOf(rows, name)), { settings: settings(), today: TODAY });

describe('duplicates across a workbook\'s customer sheets', () => {
  it('finds a customer in two reps\' sheets, each row by its sheet and row, the sheets standing for their owners', () => {
    const { groups, skipped } = across(
      ['张三', [['姓名', '手机', '公司', '报备日期'], ['张伟', '13812345678', '星辰科技', '2024-03-12'], ['刘洋', '13900001111', '月亮贸易', '2024-02-01']]],
      // Another layout: other headers, other column order.
      ['李四', [['录入日期', '单位', '客户', '联系电话'], ['2024-01-20', '太阳能源', '王芳', '13700002222'], ['2024/1/5', '北京星辰科技有限公司', '张伟', '138 1234 5678']]],
    );
    expect(skipped).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      id: 'X1',
      rows: [{ sheet: '张三', row: 2, customer: '张伟' }, { sheet: '李四', row: 3, customer: '张伟' }],
      confidence: 'likely',
      owners: ['李四', '张三'],
      claim: { owner: '李四', rule: 'first-touch', sheetRow: 3, date: '2024-01-05' },
    });
  });

  it('leaves out the duplicates inside one sheet (the sheet\'s own run finds them) and names owners by their column where there is one', () => {
    const { groups } = across(
      ['华东', [['姓名', '手机', '负责人'], ['张伟', '13812345678', '王五'], ['张伟', '13812345678', '王五'], ['李娜', '13900001111', '王五']]],
      ['华南', [['姓名', '手机', '负责人'], ['李娜', '139 0000 1111', '赵六']]],
    );
    expect(groups.map((g) => [g.rows, g.owners])).toEqual([[[{ sheet: '华东', row: 4, customer: '李娜', owner: '王五' }, { sheet: '华南', row: 2, customer: '李娜', owner: '赵六' }], ['王五', '赵六']]]);
  });

  it('names a row with no name and no company by its mobile (a contact a rep saved by number alone)', () => {
    const { groups } = across(
      ['张三', [['姓名', '手机', '微信', '报备日期'], ['', '13812345678', 'wxid_zhang88', '2024-03-12'], ['刘洋', '13900001111', '', '2024-02-01']]],
      ['李四', [['姓名', '手机', '微信', '报备日期'], ['', '138 1234 5678', 'wxid_zhang88', '2024-01-05']]],
    );
    expect(groups.map((g) => g.rows.map((r) => r.customer))).toEqual([['13812345678', '13812345678']]);
  });

  it('takes a sheet a run has already cleaned as it is (the main sheet is not cleaned twice)', () => {
    const zhang = gridOf([['姓名', '手机'], ['张伟', '13812345678']], '张三');
    const li = gridOf([['姓名', '手机'], ['张伟', '138 1234 5678']], '李四');
    const options = { settings: settings(), today: TODAY };
    const cleaned = cleanSheet(zhang, options);
    if (!cleaned.ok) throw new Error('clean');
    expect(findAcrossSheets([cleaned.sheet, li], options)).toEqual(findAcrossSheets([zhang, li], options));
    expect(findAcrossSheets([cleaned.sheet, li], options).groups).toHaveLength(1);
  });

  it('reads a sheet holding most customers of the others as their roll-up (汇总): a customer there and in one tab is no 撞单', () => {
    const zhang = [['姓名', '手机'], ['张伟', '13812345678'], ['刘洋', '13900001111'], ['陈静', '13500004444']];
    const li = [['姓名', '手机'], ['王芳', '13700002222'], ['赵磊', '13600003333'], ['孙丽', '13300005555'], ['刘洋', '139 0000 1111']];
    const all = [['姓名', '手机', '负责人'], ...zhang.slice(1).map((r) => [...r, '张三']), ...li.slice(1, 4).map((r) => [...r, '李四'])];
    const { groups, rollUps } = across(['汇总', all], ['张三', zhang], ['李四', li]);
    expect(rollUps).toEqual(['汇总']);
    // Only 刘洋, in both reps' tabs (and the roll-up), is a customer two reps hold.
    expect(groups.map((g) => g.rows.map((r) => `${r.sheet}:${r.row}`))).toEqual([['汇总:3', '张三:3', '李四:5']]);
  });

  it('reads a 汇总 of formulas as large as the one tab it sums as its roll-up, not as a rep (no 撞单 王五 / 汇总)', () => {
    const rep = gridOf([['姓名', '手机', '公司'], ['赵一', '13811112222', '甲公司'], ['钱二', '13822223333', '乙公司'], ['孙三', '13833334444', '丙公司']], '王五');
    const sum: Grid = {
      ...rep,
      sheetName: '汇总',
      cells: rep.cells.map((row, i) => (i === 0 ? row : row.map((c, j): Cell => ({ ...c, formula: `='王五'!${'ABC'[j]}${i + 1}` })))),
    };
    const options = { settings: settings(), today: TODAY };
    expect(findAcrossSheets([sum, rep], options)).toMatchObject({ groups: [], rollUps: ['汇总'] });
    expect(findAcrossSheets([rep, sum], options)).toMatchObject({ groups: [], rollUps: ['汇总'] });
    // Two reps' tabs of one size, neither of formulas, stay two reps.
    expect(findAcrossSheets([rep, { ...rep, sheetName: '李四' }], options).groups).toHaveLength(3);
  });

  describe('owners and the first-touch verdict come from the reps\' tabs, never from the roll-up', () => {
    const zhang = [['姓名', '手机', '报备日期'], ['张伟', '13812345678', '2024-03-12'], ['刘洋', '13900001111', '2024-04-02'], ['陈静', '13500004444', '2024-02-20']];
    const li = [['姓名', '手机', '报备日期'], ['王芳', '13700002222', '2024-01-08'], ['赵磊', '13600003333', '2024-01-15'], ['孙丽', '13300005555', '2024-02-01'], ['刘洋', '139 0000 1111', '2024-03-28']];
    const customers = [...zhang.slice(1), ...li.slice(1, 4)];

    it.each([
      ['with its own 负责人 column (张三, 李四: other names for the same reps)', [['姓名', '手机', '负责人'], ...customers.map((r, i) => [r[0], r[1], i < 3 ? '张三' : '李四'])]],
      ['without an owner column (汇总 is no rep)', [['姓名', '手机'], ...customers.map((r) => [r[0], r[1]])]],
    ])('a 汇总 tab %s', (_, all) => {
      const { groups, rollUps } = across(['张三的客户', zhang], ['李四的客户', li], ['汇总', all]);
      expect(rollUps).toEqual(['汇总']);
      expect(groups).toHaveLength(1);
      expect(groups[0].rows.map((r) => r.sheet).sort()).toEqual(['张三的客户', '李四的客户', '汇总'].sort());
      // 李四 entered 刘洋 first (03-28, 张三 on 04-02); the roll-up, with no dates, has no say.
      // The tabs stand for 张三 and 李四 (tab-owner.ts), as their reminders name them.
      expect(groups[0].owners).toEqual(['李四', '张三']);
      expect(groups[0].claim).toMatchObject({ owner: '李四', rule: 'first-touch', date: '2024-03-28' });
      expect(groups[0].rows.find((r) => r.sheet === '李四的客户')?.row).toBe(groups[0].claim?.sheetRow);
    });
  });

  it('a sheet named for a period (2023, 1月) stands for no owner: a returning customer is listed, but no 撞单', () => {
    const { groups } = across(['2023客户', [['姓名', '手机'], ['张伟', '13812345678']]], ['2024客户', [['姓名', '手机'], ['张伟', '138 1234 5678']]]);
    expect(groups).toHaveLength(1);
    expect(groups[0].owners).toBeUndefined();
  });

  it.each([
    ['一月', '三月'], ['十一月客户', '十二月客户'], ['一季度', '二季度'], ['Jan', 'Mar'], ['January Leads', 'March Leads'], ['Sept.', 'Oct'],
  ])('a sheet named for a month or quarter without a digit (%s, %s) stands for no owner either', (first, second) => {
    const { groups } = across([first, [['姓名', '手机'], ['钱七', '13812345678']]], [second, [['姓名', '手机'], ['钱七', '138 1234 5678']]]);
    expect(groups).toHaveLength(1);
    expect(groups[0].owners).toBeUndefined();
  });

  it('a rep whose name starts like a month (Mayer, Junes) is still a rep', () => {
    const { groups } = across(['Mayer', [['姓名', '手机'], ['钱七', '13812345678']]], ['Junes', [['姓名', '手机'], ['钱七', '138 1234 5678']]]);
    expect(groups[0].owners).toEqual(['Mayer', 'Junes']);
  });

  describe('a possible 撞单: one name and phone in two reps\' tabs, with two birthdays', () => {
    // 王磊 and 李娜 each keep 上官婉 with one mobile; their birthdays differ (a slip, or two people).
    // The sheet's own run says 可能撞单 of such a pair; the check across tabs must too, or the 跨表重复
    // sheet shows a review pair with an empty owners cell and neither rep learns the other may hold her.
    const wang = [['客户名称', '手机', '公司', '生日'], ['上官婉', '13700000005', '杭州恒信机电', '1990-12-03'], ['诸葛亮', '13600000003', '温州鹿城五金', '1979-12-10'], ['欧阳娜', '13900000001', '宁波港城物流', '1985-12-03']];
    const li = [['客户名称', '手机', '公司', '生日'], ['上官婉', '137 0000 0005', '杭州恒信机电', '1986-06-18'], ['司马光', '18600000002', '绍兴柯桥纺织', '1979-11-03'], ['慕容复', '18600000006', '苏州姑苏丝绸', '1976-10-10']];

    it('names the reps who would both hold her, as a possible owner conflict, not a sure one', () => {
      const { groups } = across(['王磊的客户', wang], ['李娜的客户', li]);
      expect(groups).toHaveLength(1);
      expect(groups[0]).toMatchObject({ confidence: 'review', possibleOwners: ['王磊', '李娜'] });
      expect(groups[0].owners).toBeUndefined();
    });

    it('says nothing of the kind for twins in two tabs (their names differ), nor for one rep\'s two tabs', () => {
      const twins = across(
        ['王磊的客户', [['客户名称', '手机', '生日'], ['王婷', '13700000005', '2012-05-01']]],
        ['李娜的客户', [['客户名称', '手机', '生日'], ['王婷婷', '13700000005', '2012-05-01']]],
      );
      for (const g of twins.groups) expect(g.possibleOwners).toBeUndefined();
      const one = across(
        ['2025', [['客户名称', '手机', '生日', '负责人'], ...wang.slice(1).map((r) => [...r, '王磊'])]],
        ['2026', [['客户名称', '手机', '生日', '负责人'], ...li.slice(1).map((r) => [...r, '王磊'])]],
      );
      expect(one.groups).toHaveLength(1);
      expect(one.groups[0].possibleOwners).toBeUndefined();
    });

    it('takes the reps from their own tabs when a 汇总 tab holds her too', () => {
      const all = [['客户名称', '手机', '公司', '生日', '负责人'], ...wang.slice(1).map((r) => [...r, '王磊']), ...li.slice(1).map((r) => [...r, '李娜'])];
      const { groups, rollUps } = across(['王磊的客户', wang], ['李娜的客户', li], ['汇总', all]);
      expect(rollUps).toEqual(['汇总']);
      const her = groups.find((g) => g.rows.some((r) => r.customer === '上官婉'))!;
      expect(her.possibleOwners).toEqual(['王磊', '李娜']);
      expect(her.owners).toBeUndefined();
    });
  });

  it('skips a sheet that holds no customer table, and finds nothing in sheets that share no customer', () => {
    const result = across(['张三', [['姓名', '手机'], ['张伟', '13812345678']]], ['说明', [['这是说明页'], ['']]], ['李四', [['姓名', '手机'], ['王芳', '13700002222']]]);
    // Each sheet read says how many customers it holds (a host names a hidden tab's this way); the skipped one is none.
    expect(result).toEqual({ groups: [], rollUps: [], skipped: ['说明'], customers: { 张三: 1, 李四: 1 } });
  });
});
