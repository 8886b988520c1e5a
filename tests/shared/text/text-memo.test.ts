import { TextMemo } from '../../../shared/text/text-memo';

/** A memo and a maker that counts how often it was asked. */
function counting() {
  let calls = 0;
  const make = (s: string) => {
    calls++;
    return { text: s };
  };
  return { memo: new TextMemo<{ text: string }>(0.3), make, made: () => calls };
}

describe('TextMemo: what the cleaner and the duplicate finder remember per cell text', () => {
  it('remembers a column whose texts repeat: each distinct name is worked out once', () => {
    const { memo, make, made } = counting();
    const names = ['张伟', '王芳', '李娜', '刘洋'];
    const first = names.map((n) => memo.get(n, make));
    for (let i = 0; i < 5000; i++) expect(memo.get(names[i % 4], make)).toBe(first[i % 4]);
    expect(made()).toBe(4);
  });

  it('stops remembering a column whose texts hardly repeat, and still answers each one', () => {
    const { memo, make, made } = counting();
    // Addresses: all distinct for the first 2,000 rows, then one repeated.
    for (let i = 0; i < 2000; i++) expect(memo.get(`朝阳区建国路${i}号`, make)).toEqual({ text: `朝阳区建国路${i}号` });
    const a = memo.get('朝阳区建国路7号', make);
    const b = memo.get('朝阳区建国路7号', make);
    expect(a).toEqual(b);
    expect(a).not.toBe(b); // worked out again: nothing is kept
    expect(made()).toBe(2002);
  });

  it('stops remembering such a column also when the last text of its sample happens to repeat', () => {
    const { memo, make, made } = counting();
    // Landlines: 1,999 different numbers, then the first again on the 2,000th row, then new ones.
    for (let i = 0; i < 1999; i++) memo.get(`0755-8888${String(i).padStart(4, '0')}`, make);
    memo.get('0755-88880000', make);
    expect(made()).toBe(1999);
    memo.get('021-62345678', make);
    const a = memo.get('010-12345678', make);
    const b = memo.get('010-12345678', make);
    expect(a).toEqual(b);
    expect(a).not.toBe(b); // the sample said the texts hardly repeat: nothing is kept
    expect(made()).toBe(2002);
  });
});
