import { terminalText, terminalValue } from '../../cli/terminal-text';

describe('terminalValue: a value from a cell, put into a printed line', () => {
  it.each([
    ['张伟', '张伟', 'plain text as it is'],
    ['\u001b[2K\u001b[1A王五', '\\x1b[2K\\x1b[1A王五', 'an erase-line and cursor-up sequence'],
    ['\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07', 'an OSC window title, ended by BEL'],
    ['\u009b31m', '\\x9b31m', 'a C1 control sequence introducer'],
    ['王芳\u202eexe.txt', '王芳\\u202eexe.txt', 'a right-to-left override'],
    ['张伟\u200b', '张伟\\u200b', 'a zero-width space'],
    ['\u2066a\u2069', '\\u2066a\\u2069', 'a bidi isolate'],
    ['李四\n输出文件：x', '李四\\x0a输出文件：x', 'a line break, which would forge a line of the summary'],
    ['Ａｍｙ 😀', 'Ａｍｙ 😀', 'full-width letters and an emoji are text'],
  ])('%j → %j (%s)', (value, shown) => {
    expect(terminalValue(value)).toBe(shown);
  });
});

describe('terminalText: a whole message about to be printed', () => {
  it('keeps its own line breaks and escapes the rest', () => {
    expect(terminalText('行数：3\n\u001b[31m负责人\u001b[0m\n')).toBe('行数：3\n\\x1b[31m负责人\\x1b[0m\n');
  });
});
