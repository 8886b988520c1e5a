/**
 * A rep written by his e-mail address in one owner cell (wanglei@corp.cn) is the rep the same sheet
 * writes with that address beside his name (王磊（wanglei@corp.cn）): one block of reminders, one report
 * line, no 撞单. Only such a pair in the sheet ties them, never a guess from the address; the owner
 * cell keeps what the user typed, its full-width brackets too.
 */
import { type Plan } from '../../../shared';
import { after, planOf } from './helpers';

// The tester's sheet (h57, 09): 王磊 and 刘洋 share some customers; 王磊 is typed once by his address alone.
const SHEET = [
  ['客户名称', '联系人', '手机', '负责人', '合同到期日'],
  ['广州粤海贸易有限公司', '梁志', '13711110001', '王磊/刘洋', '2024-12-05'],
  ['佛山家具有限公司', '谢娜', '13711110004', 'wanglei@corp.cn', '2024-12-08'],
  ['珠海海洋有限公司', '胡军', '13711110005', '王磊（wanglei@corp.cn）', '2024-12-02'],
  ['中山灯饰有限公司', '潘玉', '13711110006', '刘洋', '2024-12-03'],
];

const blocks = (plan: Plan) => plan.reminders.groups.map((g) => [g.owner, g.reminders.map((r) => r.sheetRow).sort((a, b) => a - b)]);
const ownerLines = (plan: Plan) => plan.report.sections.find((s) => s.id === 'owner')!.series.map((s) => [s.label, s.count]);

describe('an owner typed by his e-mail address where the sheet pairs it with his name', () => {
  const plan = planOf(SHEET);

  it('reminds 王磊 of the customer under wanglei@corp.cn, in his one block', () => {
    expect(blocks(plan)).toEqual([['刘洋', [2, 5]], ['王磊', [2, 3, 4]]]);
  });

  it('counts that customer on 王磊\'s report line', () => {
    expect(ownerLines(plan)).toEqual([['王磊', 3], ['刘洋', 2]]);
  });

  it('leaves both owner cells as typed, the full-width brackets too', () => {
    expect(after(plan, 3, '负责人')).toBeNull();
    expect(after(plan, 4, '负责人')).toBeNull();
  });

  it('sees no 撞单 between wanglei@corp.cn and 王磊 for one customer typed twice', () => {
    const twice = planOf([SHEET[0], SHEET[3], ['珠海海洋有限公司', '胡军', '137 1111 0005', 'wanglei@corp.cn', '2024-12-02']]);
    expect(twice.duplicates.groups.map((g) => [g.rows, g.ownerConflict])).toEqual([[[2, 3], undefined]]);
  });

  it('keeps an address no cell pairs with a name as its own rep (no guess from wanglei to 王磊)', () => {
    const alone = planOf([SHEET[0], SHEET[1], SHEET[2], SHEET[4]]);
    expect(blocks(alone).map(([owner]) => owner)).toEqual(['wanglei@corp.cn', '刘洋', '王磊']);
  });

  it('ties nobody when the sheet pairs one address with two names', () => {
    const two = planOf([...SHEET, ['江门五金有限公司', '林峰', '13711110007', '王蕾（wanglei@corp.cn）', '2024-12-04']]);
    expect(blocks(two).map(([owner]) => owner)).toContain('wanglei@corp.cn');
  });
});
