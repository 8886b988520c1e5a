import { propose } from '../../../shared/dedupe/proposal';
import { records } from './helpers';

describe('merge proposal', () => {
  const [a, b, c] = records([
    { name: '张伟', mobile: '13812345678', owner: '李四' },
    { name: '张伟', mobile: '138 1234 5678', email: 'zw@qq.com', owner: '王五' },
    { name: '张玮', phone: '010-87654321', owner: '李四' },
  ]);

  it('keeps the survivor’s values, fills its blanks from the next rows, lists conflicts', () => {
    const p = propose([a, b, c], 'CN');
    expect(p.fields).toEqual([
      { field: 'name', sheetRow: 2, value: '张伟', action: 'keep' },
      { field: 'mobile', sheetRow: 2, value: '13812345678', action: 'keep' },
      { field: 'phone', sheetRow: 4, value: '010-87654321', action: 'fill' },
      { field: 'email', sheetRow: 3, value: 'zw@qq.com', action: 'fill' },
      { field: 'owner', sheetRow: 2, value: '李四', action: 'keep' },
    ]);
    expect(p.conflicts).toEqual([
      { field: 'name', values: [{ value: '张伟', rows: [2, 3] }, { value: '张玮', rows: [4] }] },
      { field: 'owner', values: [{ value: '李四', rows: [2, 4] }, { value: '王五', rows: [3] }] },
    ]);
  });

  it('sees one postcode in SW1A 1AA and sw1a1aa, however a sheet spaced it: no conflict', () => {
    const [x, y] = records([
      { name: 'John Smith', mobile: '07911 123456', postcode: 'SW1A 1AA' },
      { name: 'John Smith', mobile: '07911 123456', postcode: 'sw1a1aa' },
    ]);
    expect(propose([x, y], 'NL').conflicts).toEqual([]);
  });

  it('reports an owner conflict (撞单) with every owner', () => {
    expect(propose([a, b, c], 'CN').ownerConflict).toEqual({ owners: ['李四', '王五'] });
    expect(propose([a, c], 'CN').ownerConflict).toBeUndefined();
  });

  it('a row in the public pool (公海) or of a rep who left is no owner: no 撞单, the value still kept', () => {
    const [p1, p2, p3] = records([
      { name: '张伟', mobile: '13812345678', owner: '公海' },
      { name: '张伟', mobile: '13812345678', owner: '李四' },
      { name: '张伟', mobile: '13812345678', owner: '王五（已离职）' },
    ]);
    const p = propose([p2, p1, p3], 'CN');
    expect(p.ownerConflict).toBeUndefined();
    expect(p.conflicts.find((c) => c.field === 'owner')?.values.map((v) => v.value)).toEqual(['李四', '公海']);
  });

  it.each<[string, [number | string, number | string], [number | string, number | string], string]>([
    ['a 0 kept row takes the real amount and count of the next row', [0, 0], [312.5, 2], 'fill'],
    ['a blank kept row, with a 0 ranked before the real one, takes the real one', ['', ''], [0, 0], 'fill'],
    ['two real amounts: the kept row\'s, never the sum', [4820.75, 22], [96, 1], 'keep'],
  ])('money and counts: %s', (_why, kept, other, action) => {
    // The kept row first; a third row in between holds 0 (another abandoned cart) in the blank case.
    const rows = records([
      { name: 'Sarah Miller', email: 'sarah.miller@gmail.com', amount: kept[0], orders: kept[1] },
      { name: 'Sarah Miller', email: 'sarah.miller@gmail.com', amount: other[0], orders: other[1] },
      { name: 'Sarah Miller', email: 'sarah.miller@gmail.com', amount: 312.5, orders: 2 },
    ]);
    const p = propose(action === 'keep' ? rows.slice(0, 2) : rows, 'US');
    const money = p.fields.filter((f) => f.field === 'amount' || f.field === 'orders');
    expect(money.map((f) => [f.field, f.value, f.action])).toEqual(
      action === 'keep' ? [['amount', '4820.75', 'keep'], ['orders', '22', 'keep']] : [['amount', '312.5', 'fill'], ['orders', '2', 'fill']],
    );
    // The 0 stays a value of the group: a conflict the preview lists, as the merged values do.
    expect(p.conflicts.find((c) => c.field === 'amount')!.values.length).toBeGreaterThan(1);
  });
});
