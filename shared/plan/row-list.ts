/**
 * The rows of a customer typed twice, the kept row first, as a message's `rowList` param (2,3,9): the
 * catalog says it as a list in its language (2, 3 and 9; 2、3、9: shared/i18n/index.ts).
 */
export function rowList(survivor: number, rows: readonly number[]): string {
  return [survivor, ...rows.filter((r) => r !== survivor)].join(',');
}
