/**
 * One customer's several records (two cars, two pets, two flats), never merged, are one customer to
 * class: by the latest day of any of his records, what they cost together and how often he bought in
 * all, not by the one row a merge would keep. Each of his rows shows that class, and its reason says
 * which date came from which other row (tester h68: 张伟's second car, bought 2025-03-02, left him
 * 流失客户 / 最近互动 1296 天前 because his first car's row was the one classed).
 */
import { type Plan } from '../../../shared';
import { planOf } from './helpers';

const labelsOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels;
const reasonCell = (plan: Plan, row: number) => {
  const column = plan.addedColumns.find((c) => c.id === 'class.reasons')!;
  const cell = column.values[row - 2];
  return cell.kind === 'text' ? cell.value : '';
};

describe("a 4S dealer's owner with two cars, the second bought this year", () => {
  // Today is helpers' TODAY, 2024-12-01. 张伟 bought his first car in 2021 and his second in March.
  const CARS = [
    ['车主', '手机', '车牌号', 'VIN', '购车日期', '服务顾问', '累计消费'],
    ['张伟', '13800138000', '粤B12345', 'LVGBE40K8KP123456', '2021-05-18', '周海涛', '18600'],
    ['李强', '13911112222', '粤B66666', 'LSVAU2180N2123456', '2024-06-03', '吴敏', '8600'],
    ['张伟', '13800138000', '粤B9X777', 'LFV2A21K5M4012345', '2024-03-02', '周海涛', '4200'],
  ];
  const plan = planOf(CARS);
  const en = planOf(CARS, { language: 'en' });

  it('keeps the two cars as his records, the first car\'s row the one a merge would keep', () => {
    const g = plan.duplicates.groups.find((x) => x.rows.includes(2))!;
    expect([g.rows, g.records, g.survivor]).toEqual([[2, 4], true, 2]);
  });

  it('classes him by the car he bought in March: an existing customer, not churned, on both his rows', () => {
    expect(labelsOf(plan, 2)).toMatchObject({ lifecycle: 'existing', activity: 'dormant', tier: 'medium' });
    expect(labelsOf(plan, 4)).toEqual(labelsOf(plan, 2));
  });

  it('counts him once in the report, as an existing customer', () => {
    const byType = plan.report.sections.find((s) => s.id === 'lifecycle')!;
    expect(byType.series.filter((s) => s.count > 0).map((s) => [s.id, s.count])).toEqual([['existing', 2]]);
  });

  it('says on each of his rows that the day came from his other row, in both languages', () => {
    for (const row of [2, 4]) {
      expect(reasonCell(plan, row)).toContain('按各条记录中最近的日期分类：购车日期 2024-03-02（第 4 行）');
      expect(reasonCell(plan, row)).toContain('首次购买后仍有往来：最近互动 274 天前 ≤ 365 天');
      expect(reasonCell(en, row)).toContain('classed by the latest dates among the records: 购车日期 2024-03-02 (row 4)');
    }
  });

  it('says so on his first car typed again by another 服务顾问 too, classed as the kept row is', () => {
    const typedTwice = planOf([...CARS, ['张伟', '138 0013 8000', '粤b·12345', 'lvgbe40k8kp123456', '2021-05-18', '吴敏', '18600']]);
    const copy = typedTwice.duplicates.groups.find((g) => g.rows.includes(5) && !g.records)!;
    expect([copy.rows, copy.survivor]).toEqual([[2, 5], 2]);
    expect(labelsOf(typedTwice, 5)).toEqual(labelsOf(typedTwice, 2));
    expect(labelsOf(typedTwice, 5)).toMatchObject({ lifecycle: 'existing', activity: 'dormant' });
    expect(reasonCell(typedTwice, 5)).toContain('按各条记录中最近的日期分类：购车日期 2024-03-02（第 4 行）');
  });

  it('names no other row where the kept row holds the latest day itself', () => {
    const later = planOf([CARS[0], CARS[3], CARS[2], CARS[1]]);
    const g = later.duplicates.groups.find((x) => x.rows.includes(2))!;
    const kept = g.survivor;
    expect(reasonCell(later, kept)).not.toContain('最近的日期');
    expect(labelsOf(later, kept)).toMatchObject({ lifecycle: 'existing', activity: 'dormant' });
  });
});

describe("an American dealer's customer whose older car was serviced last month", () => {
  // Mike Johnson's 2021 Accord came in for service on November 10th; his Camry was bought in March.
  // The Accord's row, the latest seen, is the one a merge would keep; the purchase is the Camry's.
  const plan = planOf([
    ['Customer', 'Phone', 'VIN', 'Purchase Date', 'Last Service', 'Sales Rep', 'Total Spent', 'Orders'],
    ['Mike Johnson', '(415) 555-0131', '1HGCM82633A004352', '2021-05-18', '2024-11-10', 'Lisa Wong', '28600', '3'],
    ['Karen Lee', '(415) 555-0178', '5YJ3E1EA7KF317000', '2024-06-03', '', 'Dan Ortiz', '41200', '1'],
    ['Mike Johnson', '(415) 555-0131', '2T1BURHE0JC034461', '2024-03-02', '', 'Lisa Wong', '19400', '1'],
  ], { language: 'en', phone: { defaultRegion: 'US' } });

  it('is an existing customer by his latest purchase, active by his latest visit, on both rows', () => {
    expect(plan.duplicates.groups.find((g) => g.rows.includes(2))?.survivor).toBe(2);
    for (const row of [2, 4]) expect(labelsOf(plan, row)).toMatchObject({ lifecycle: 'existing', activity: 'active' });
  });

  it('says the purchase came from row 4 and counts his orders over both cars', () => {
    expect(reasonCell(plan, 4)).toContain('classed by the latest dates among the records: Purchase Date 2024-03-02 (row 4)');
    expect(reasonCell(plan, 4)).toContain('orders counted as the sum over the records, 4 (3 + 1)');
    expect(reasonCell(plan, 2)).toContain('Last purchase 274 days ago ≤ 365 days');
  });
});

describe("a pet clinic's owner whose other pet's vaccine is booked", () => {
  // 李娜's 豆豆 was last seen in June 2023, his vaccine long past; her 咪咪's vaccine falls due in April.
  const PETS = [
    ['主人', '手机', '宠物名', '疫苗到期', '主治医生', '累计消费', '最近就诊'],
    ['李娜', '13711112222', '豆豆', '2024-06-08', '孙医生', '3200', '2023-06-08'],
    ['王磊', '13922223333', '旺财', '2025-02-10', '林医生', '900', '2024-10-20'],
    ['李娜', '13711112222', '咪咪', '2025-04-01', '孙医生', '1800', '2023-04-01'],
  ];
  const plan = planOf(PETS);

  it('keeps her in the clinic\'s cycle by 咪咪\'s vaccine, on both her rows', () => {
    const g = plan.duplicates.groups.find((x) => x.rows.includes(2))!;
    expect([g.rows, g.records, g.survivor]).toEqual([[2, 4], true, 2]);
    for (const row of [2, 4]) expect(labelsOf(plan, row)).toMatchObject({ lifecycle: 'existing', activity: 'dormant' });
  });

  it('names the due date taken from 咪咪\'s row, as her reasons quote it', () => {
    expect(reasonCell(plan, 2)).toContain('按各条记录中最近的日期分类：疫苗到期 2025-04-01（第 4 行）');
    expect(reasonCell(plan, 2)).toContain('疫苗 2025-04-01 到期，仍在服务周期内：不算流失');
  });

  it('names no due date that changed nothing', () => {
    // 咪咪 seen last month: she is active by that visit, and the vaccine date is quoted by no reason.
    const seen = planOf(PETS.map((r, i) => (i === 3 ? [...r.slice(0, 6), '2024-11-02'] : r)));
    expect(labelsOf(seen, 2)).toMatchObject({ lifecycle: 'existing', activity: 'active' });
    const kept = seen.duplicates.groups.find((x) => x.rows.includes(2))!.survivor;
    expect(reasonCell(seen, kept)).not.toContain('疫苗到期 2025-04-01');
  });
});
