import { rowShift } from '../../../cli/io/kept-rows';
import { shiftIgnoredErrors, withNumbersAsText } from '../../../cli/io/ignored-errors';

describe('the run’s "number stored as text" entry beside the green triangles the user silenced', () => {
  it('is added alone when the user silenced nothing', () => {
    expect(withNumbersAsText(undefined, ['C2:C120', 'F2:F120'])).toBe('<ignoredErrors><ignoredError sqref="C2:C120 F2:F120" numberStoredAsText="1"/></ignoredErrors>');
  });
  it('replaces an earlier run’s entry (its ranges inside the new ones) instead of adding a second', () => {
    const earlier = '<ignoredErrors><ignoredError sqref="C2:C100" numberStoredAsText="1"/></ignoredErrors>';
    expect(withNumbersAsText(earlier, ['C2:C120'])).toBe('<ignoredErrors><ignoredError sqref="C2:C120" numberStoredAsText="1"/></ignoredErrors>');
    expect(withNumbersAsText(withNumbersAsText(earlier, ['C2:C120']), ['C2:C120'])).toBe(withNumbersAsText(earlier, ['C2:C120']));
  });
  it('keeps what the user silenced elsewhere or for other errors, and does not repeat a range the user already covered', () => {
    const user = '<ignoredErrors><ignoredError sqref="A1:H500" numberStoredAsText="1" twoDigitTextYear="1"/><ignoredError sqref="K2:K9" numberStoredAsText="1"/></ignoredErrors>';
    expect(withNumbersAsText(user, ['C2:C120', 'M2:M120'])).toBe('<ignoredErrors><ignoredError sqref="A1:H500" numberStoredAsText="1" twoDigitTextYear="1"/>'
      + '<ignoredError sqref="K2:K9" numberStoredAsText="1"/><ignoredError sqref="M2:M120" numberStoredAsText="1"/></ignoredErrors>');
  });
  it('does not repeat what the user silenced on whole columns (B:B C:C) or whole rows (2:6)', () => {
    const columns = '<ignoredErrors><ignoredError sqref="B:B C:C" numberStoredAsText="1"/></ignoredErrors>';
    expect(withNumbersAsText(columns, ['B2:B6', 'C2:C6'])).toBe(columns);
    const rows = '<ignoredErrors><ignoredError sqref="$2:$6" numberStoredAsText="1"/></ignoredErrors>';
    expect(withNumbersAsText(rows, ['B2:B6'])).toBe(rows);
    // Columns the user did not select whole still get the run's entry; his B:B is never taken for an earlier run's.
    expect(withNumbersAsText(columns, ['B2:B6', 'F2:F6'])).toBe('<ignoredErrors><ignoredError sqref="B:B C:C" numberStoredAsText="1"/>'
      + '<ignoredError sqref="F2:F6" numberStoredAsText="1"/></ignoredErrors>');
  });
  it('keeps whole columns as they are when a merge archives rows, and shrinks whole rows as Excel does', () => {
    const element = '<ignoredErrors><ignoredError sqref="B:B C:C 2:6" numberStoredAsText="1"/></ignoredErrors>';
    expect(shiftIgnoredErrors(element, rowShift([4]))).toBe('<ignoredErrors><ignoredError sqref="B:B C:C 2:5" numberStoredAsText="1"/></ignoredErrors>');
  });
  it('moves with the rows a merge archived; an entry only on archived rows goes with them', () => {
    const element = '<ignoredErrors><ignoredError sqref="B2:B9 E7" numberStoredAsText="1"/><ignoredError sqref="D4" formula="1"/></ignoredErrors>';
    expect(shiftIgnoredErrors(element, rowShift([4, 5]))).toBe('<ignoredErrors><ignoredError sqref="B2:B7 E5" numberStoredAsText="1"/></ignoredErrors>');
    expect(shiftIgnoredErrors('<ignoredErrors><ignoredError sqref="D4" formula="1"/></ignoredErrors>', rowShift([4]))).toBeUndefined();
  });
});
