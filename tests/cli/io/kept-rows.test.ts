/** Drop-down rules kept aside move with the rows a merge removes, their formulas read as Excel reads them. */
import { moveFormats, rowShift, shiftFormatExt, shiftFormula, shiftValidations } from '../../../cli/io/kept-rows';

describe('a drop-down rule\'s formula after a merge removed rows', () => {
  // 客户 rows 2..10; the merge archived row 2 (the rule's top row) and row 6.
  const shift = rowShift([2, 6]);

  it('keeps a relative row at its distance from the range\'s top, even when the top row was archived', () => {
    const gone = { count: 0 };
    // =LEN(E2)=11 on E2:E10 checks each row's own phone: on E2:E8 it is still =LEN(E2)=11, never #REF!.
    expect(shiftFormula('LEN(E2)=11', '客户', true, shift, gone, { oldTop: 2, newTop: 2 })).toBe('LEN(E2)=11');
    expect(gone.count).toBe(0);
  });

  it('moves absolute rows as the rows move, and a range of them shrinks', () => {
    const gone = { count: 0 };
    expect(shiftFormula('COUNTIF($E$2:$E$10,E2)=1', '客户', true, shift, gone, { oldTop: 2, newTop: 2 })).toBe('COUNTIF($E$2:$E$8,E2)=1');
    expect(shiftFormula('E2<=$H$7', '客户', true, shift, gone, { oldTop: 2, newTop: 2 })).toBe('E2<=$H$5');
    // A single absolute cell on an archived row is gone, as Excel writes it.
    expect(shiftFormula('E2<=$H$6', '客户', true, shift, gone, { oldTop: 2, newTop: 2 })).toBe('E2<=#REF!');
    expect(gone.count).toBe(1);
  });

  it('leaves other sheets\' references and quoted text alone', () => {
    const gone = { count: 0 };
    expect(shiftFormula('参数!$A$1:$A$9', '客户', true, shift, gone, { oldTop: 2, newTop: 2 })).toBe('参数!$A$1:$A$9');
    expect(shiftFormula('"E6"', '客户', true, shift, gone, { oldTop: 2, newTop: 2 })).toBe('"E6"');
  });

  it('reads a rule as the part holds it, XML-escaped: a quoted text stays text, and a reference after it still moves', () => {
    const gone = { count: 0 };
    // A drop-down that allows only 展位 codes not yet taken: E7<>"B7" compares with the text B7, never a row.
    // Written back as Excel writes it: quotes plain, < and > escaped.
    const rule = '<dataValidations count="1"><dataValidation type="custom" sqref="E7:E10"><formula1>AND(E7&lt;&gt;&quot;B7&quot;,COUNTIF($E$7:$E$10,E7)=1)</formula1></dataValidation></dataValidations>';
    expect(shiftValidations(rule, '客户', shift, gone)).toBe('<dataValidations count="1"><dataValidation type="custom" sqref="E5:E8"><formula1>AND(E5&lt;&gt;"B7",COUNTIF($E$5:$E$8,E5)=1)</formula1></dataValidation></dataValidations>');
    expect(gone.count).toBe(0);
  });

  it('moves a whole rule: its range and its formula together', () => {
    const gone = { count: 0 };
    const rule = '<dataValidations count="1"><dataValidation type="custom" sqref="E2:E10"><formula1>LEN(E2)=11</formula1></dataValidation></dataValidations>';
    expect(shiftValidations(rule, '客户', shift, gone)).toBe('<dataValidations count="1"><dataValidation type="custom" sqref="E2:E8"><formula1>LEN(E2)=11</formula1></dataValidation></dataValidations>');
    // A rule below removed rows: its top moves up, and so does the row its formula starts from.
    const lower = '<dataValidations count="1"><dataValidation type="custom" sqref="E7:E10"><formula1>LEN(E7)=11</formula1></dataValidation></dataValidations>';
    expect(shiftValidations(lower, '客户', shift, gone)).toBe('<dataValidations count="1"><dataValidation type="custom" sqref="E5:E8"><formula1>LEN(E5)=11</formula1></dataValidation></dataValidations>');
    expect(gone.count).toBe(0);
  });
});

describe('conditional formats after a merge removed rows', () => {
  const shift = rowShift([2, 6]);

  it('a highlight of each row by its own amount (=$F2>10000 on A2:H10) still reads each row\'s own amount', () => {
    const gone = { count: 0 };
    const formats = moveFormats([
      { ref: 'A2:H10', rules: [{ type: 'expression', formulae: ['$F2>10000'] }] },
      { ref: 'F7:F10', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['$J$1'] }] },
      // A format on an archived row alone goes with it.
      { ref: 'C6', rules: [{ type: 'expression', formulae: ['TRUE'] }] },
    ], '客户', shift, gone);
    expect(formats).toEqual([
      { ref: 'A2:H8', rules: [{ type: 'expression', formulae: ['$F2>10000'] }] },
      { ref: 'F5:F8', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['$J$1'] }] },
    ]);
    expect(gone.count).toBe(1);
  });

  it('a data bar\'s Excel 2010 part moves with its format', () => {
    const gone = { count: 0 };
    const ext = '<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar" id="{1}"/><xm:sqref>F3:F10</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>';
    expect(shiftFormatExt(ext, '客户', shift, gone)).toContain('<xm:sqref>F2:F8</xm:sqref>');
    expect(shiftFormatExt(ext.replace('F3:F10', 'F6'), '客户', shift, gone)).toBeNull();
  });
});
