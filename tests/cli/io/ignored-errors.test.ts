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
  it('moves with the rows a merge archived; an entry only on archived rows goes with them', () => {
    const element = '<ignoredErrors><ignoredError sqref="B2:B9 E7" numberStoredAsText="1"/><ignoredError sqref="D4" formula="1"/></ignoredErrors>';
    expect(shiftIgnoredErrors(element, rowShift([4, 5]))).toBe('<ignoredErrors><ignoredError sqref="B2:B7 E5" numberStoredAsText="1"/></ignoredErrors>');
    expect(shiftIgnoredErrors('<ignoredErrors><ignoredError sqref="D4" formula="1"/></ignoredErrors>', rowShift([4]))).toBeUndefined();
  });
});
