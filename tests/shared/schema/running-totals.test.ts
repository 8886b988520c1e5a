/**
 * A member list's row carries the member's running totals (到店次数, 累计消费, Total Visits, a balance):
 * one row per member. A visit log's row is one visit, its date and what that visit cost: none.
 */
import { runningTotalColumns } from '../../../shared/schema/running-totals';

describe('runningTotalColumns: the columns that make a row the customer\'s own', () => {
  it.each<[string, string[], Record<string, number>, number[]]>([
    ['a day spa\'s member list', ['Member', 'Mobile', 'Lifetime Spend', 'Total Visits', 'Last Visit', 'Therapist'], { name: 0, mobile: 1, amount: 2, visits: 3 }, [2, 3]],
    ['a 美容院\'s 会员表', ['会员姓名', '手机', '累计消费', '到店次数', '美容师'], { name: 0, mobile: 1, amount: 2, visits: 3 }, [2, 3]],
    ['a 微商\'s 复购次数 beside what one order cost', ['微信昵称', '手机', '订单金额', '复购次数'], { name: 0, mobile: 1, amount: 2, orders: 3 }, [3]],
    ['a salon\'s stored balance, read by no field', ['姓名', '手机', '储值余额', '美容师'], { name: 0, mobile: 1 }, [2]],
    ['a massage clinic\'s visit log: each visit\'s Amount', ['Client', 'Mobile', 'Visit Date', 'Amount', 'Therapist'], { name: 0, mobile: 1, amount: 3 }, []],
    ['a 美容院\'s 消费记录: each visit\'s 消费金额', ['姓名', '手机', '到店日期', '项目', '消费金额', '美容师'], { name: 0, mobile: 1, amount: 4 }, []],
    ['a bill\'s bare Total is one bill\'s', ['Client', 'Phone', 'Date', 'Total', 'Groomer'], { name: 0, phone: 1, amount: 3 }, []],
  ])('%s', (_what, headers, fieldCols, expected) => {
    expect(runningTotalColumns(headers, fieldCols)).toEqual(expected);
  });
});
