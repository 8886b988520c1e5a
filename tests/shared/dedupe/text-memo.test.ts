import { TextMemo } from '../../../shared/dedupe/profile';

describe('TextMemo: what the duplicate finder remembers per cell text', () => {
  it('remembers a column whose texts repeat: each distinct name is worked out once', () => {
    let made = 0;
    const memo = new TextMemo((s: string) => {
      made++;
      return { text: s };
    });
    const names = ['张伟', '王芳', '李娜', '刘洋'];
    const first = names.map((n) => memo.get(n));
    for (let i = 0; i < 5000; i++) expect(memo.get(names[i % 4])).toBe(first[i % 4]);
    expect(made).toBe(4);
  });

  it('stops remembering a column whose texts hardly repeat, and still answers each one', () => {
    let made = 0;
    const memo = new TextMemo((s: string) => {
      made++;
      return { text: s };
    });
    // Addresses: all distinct for the first 2,000 rows, then one repeated.
    for (let i = 0; i < 2000; i++) expect(memo.get(`朝阳区建国路${i}号`)).toEqual({ text: `朝阳区建国路${i}号` });
    const a = memo.get('朝阳区建国路7号');
    const b = memo.get('朝阳区建国路7号');
    expect(a).toEqual(b);
    expect(a).not.toBe(b); // worked out again: nothing is kept
    expect(made).toBe(2002);
  });
});
