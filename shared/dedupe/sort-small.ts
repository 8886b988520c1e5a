/**
 * A stable in-place sort for a group's short lists (its rows, its reasons): the order
 * Array.prototype.sort gives with a consistent comparator (it is stable too), without the work space
 * V8's TimSort sets up on every call (about 1 KB; a few sorts per group came to 40 MB on a 100k-row
 * sheet). Longer lists go to Array.prototype.sort.
 */
const SHORT = 16;

export function sortSmall<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  if (xs.length > SHORT) return xs.sort(compare);
  // Insertion sort: an element moves left only past elements that compare greater, so ties keep their order.
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    for (; j >= 0 && compare(xs[j], x) > 0; j--) xs[j + 1] = xs[j];
    xs[j + 1] = x;
  }
  return xs;
}
