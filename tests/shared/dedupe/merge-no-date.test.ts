import { planMerge } from '../../../shared/dedupe/merge';
import { cellText } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import type { DuplicateGroup } from '../../../shared/dedupe/types';
import { table } from './helpers';

// Outlook's contacts export (tester h60, 04_outlook_contacts.csv) writes 0/0/00 for every date a contact
// lacks: Robert Kim (row 2) has Birthday 0/0/00, Bob Kim (row 3, the same e-mail) has 12/6/1980. Cleaning
// reads 0/0/00 as no date; the merge must too, or the kept row keeps "no date" and the birthday reminder is lost.
const FIELDS: FieldId[] = ['name', 'email', 'mobile', 'birthday'];
const HEADERS = ['Name', 'E-mail Address', 'Mobile Phone', 'Birthday'];
const group = (rows: number[], survivor: number): DuplicateGroup =>
  ({ id: 'G1', rows, fingerprints: rows.map(String), score: 1, reasons: [], confidence: 'exact', survivor, fields: [], conflicts: [] });

describe('a merge reads a "no date" an Outlook or Access export writes (0/0/00) as empty, as cleaning does', () => {
  it.each([
    ['Outlook CSV', '0/0/00'],
    ['Outlook, four-digit year', '0/0/0000'],
    ['zero-padded', '00/00/0000'],
    ['a database zero date', '0000-00-00'],
    ['Excel day 0', '1900-01-00'],
  ])('%s: the kept row\'s %s takes the duplicate\'s real birthday, and the note still lists it', (_why, none) => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: 'Robert Kim', email: 'rkim@kimauto.com', birthday: none },
      { name: 'Bob Kim', email: 'rkim@kimauto.com', mobile: '+1 713 555 0188', birthday: '12/6/1980' },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en', today: '2026-12-01' });
    const birthday = plan.edits.find((e) => e.field === 'birthday');
    expect(birthday && cellText(birthday.after)).toBe('12/6/1980');
    expect(birthday?.reason).toBe('dedupe.fix.fill');
    // Nothing is lost: the kept row's own "no date" is listed with the merged values.
    expect(cellText(plan.mergedColumn!.values[0])).toBe(`Name: Bob Kim (row 3 as of 2026-12-01); Birthday: ${none} (row 2)`);
    expect(plan.stats.cellsFilled).toBe(2);
  });

  it('a duplicate\'s 0/0/00 never fills the kept row nor is listed as a differing value; the archive keeps it', () => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: 'Robert Kim', email: 'rkim@kimauto.com', birthday: '' },
      { name: 'Robert Kim', email: 'rkim@kimauto.com', birthday: '0/0/00' },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en' });
    expect(plan.edits).toEqual([]);
    expect(plan.mergedColumn).toBeNull();
    expect(plan.archive[0].cells.map(cellText)).toContain('0/0/00');
  });

  it('a real date on both rows is still the kept row\'s: 1/1/1990 is a date, not Outlook\'s "none"', () => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: 'Robert Kim', email: 'rkim@kimauto.com', birthday: '1/1/1990' },
      { name: 'Bob Kim', email: 'rkim@kimauto.com', birthday: '12/6/1980' },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'en' });
    expect(plan.edits.find((e) => e.field === 'birthday')).toBeUndefined();
    expect(cellText(plan.mergedColumn!.values[0])).toContain('12/6/1980');
  });
});
