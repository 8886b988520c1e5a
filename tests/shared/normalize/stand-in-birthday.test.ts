/** Birthdays a platform filled in for everyone (1990-01-01), told from real 1 January birthdays. */
import { standInBirthdays } from '../../../shared/normalize/stand-in-birthday';
import type { Cell } from '../../../shared/table/cell';

const row = (name: string, day: string) => ({ name: { kind: 'text', value: name } as Cell, birthday: { kind: 'date', value: day } as Cell });

describe('standInBirthdays', () => {
  it('a 1 January many different members hold is a filler', () => {
    const rows = [row('张伟', '1990-01-01'), row('王芳', '1990-01-01'), row('李娜', '1990-01-01'), row('刘强', '1985-06-02'), row('陈静', '1979-03-15')];
    expect([...standInBirthdays(rows)]).toEqual([['1990-01-01', 3]]);
  });

  it('one person typed three times keeps his real 1 January (a year known alone, in a register of historical persons)', () => {
    const rows = [row('Thomas Clifford', '1630-01-01'), row('Thomas of Chudleigh', '1630-01-01'), row('Thomas Clifford', '1630-01-01')];
    const others = Array.from({ length: 60 }, (_, i) => row(`Person ${i}`, `${1700 + i}-01-01`));
    expect(standInBirthdays([...rows, ...others]).size).toBe(0);
  });

  it('a day that is no 1 January never is, however often', () => {
    expect(standInBirthdays([row('A', '1990-05-01'), row('B', '1990-05-01'), row('C', '1990-05-01')]).size).toBe(0);
  });
});
