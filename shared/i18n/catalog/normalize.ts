/** Messages of normalize/: why a value changed (`fix.*`) and what a cleaner found in a value. */
import { defineMessages } from '../define';

export const normalizeMessages = defineMessages(
  {
    'fix.generic': 'Tidied the value.',
    'fix.spaces': 'Removed extra spaces and turned full-width letters and digits into normal ones.',
    'fix.phone': 'Wrote the phone number in the standard format.',
    'fix.email': 'Tidied the e-mail address (spaces, full-width characters, "mailto:", lower case).',
    'fix.date': 'Turned the text into a real date.',
    'fix.amount': 'Turned the amount into a number (currency signs, thousands separators and 万/亿 removed).',
    'fix.integer': 'Turned the count into a whole number.',
    'fix.name': 'Tidied the name (spaces, full-width characters, capitalisation).',
    'fix.company': 'Tidied the company name (spaces, full-width letters, digits and brackets).',
    'fix.id': 'Wrote the identifier as text, so no digit can be lost.',
    'fix.postcode': 'Wrote the postcode as text.',
    'fix.zipZero': 'Gave the ZIP code back the leading zero a spreadsheet dropped (2134 → 02134).',
    'fix.url': 'Tidied the web address.',
    'fix.text': 'Removed extra spaces and turned full-width letters and digits into normal ones.',

    'phone.invalid': '"{value}" is not a valid phone number: check the digits and the area or country code.',
    'phone.precisionLost': '"{value}" lost its last digits when the sheet stored it as a number: type the phone number again from the source.',
    'phone.multiple': 'The cell holds {count} phone numbers; they were kept, separated by " / ". Consider one column per number.',
    'phone.notMobile': '{value} is a landline or service number, not a mobile: move it to the phone column if that is what it is.',

    'email.invalid': '"{value}" is not a valid e-mail address: check the @, the domain and stray characters.',
    'email.typo': '"{value}" looks like a typing mistake; did you mean {suggestion}? The address was left as it is.',
    'email.qqNumber': '"{value}" is a QQ number, not an e-mail address; its QQ mailbox would be {suggestion}. The value was left as it is.',
    'email.multiple': 'The cell holds {count} e-mail addresses; they were kept, separated by "; ".',

    'date.ambiguous': '"{value}" can be read as {monthFirst} (month first) or {dayFirst} (day first): fix it by hand, or choose an order in the settings.',
    'date.invalid': '"{value}" is not a real calendar date (for example 30 February): check the day and month.',
    'date.twoDigitYear': '"{value}" has a two-digit year; it was read as {year}. Check that the century is right.',
    'date.noYear': '"{value}" has no year: birthday reminders can use it, but other date checks cannot.',
    'date.lunar': '"{value}" is a lunar-calendar date: it stays as written (birthday reminders can read it), since it is a different day every year.',
    'date.unrecognized': '"{value}" could not be read as a date: write it as 2024-03-05.',
    'date.serialOutOfRange': 'The number {value} in a date column is not a plausible date (only 1900–2100 are read): check the cell.',

    'amount.invalid': '"{value}" could not be read as an amount: write a plain number such as 12000.',
    'amount.foreignCurrency': '"{value}" is in {currency}, not the sheet currency {expected}: it was left as it is; convert it by hand.',

    'integer.invalid': '"{value}" is not a whole number: a count such as orders must be 0, 1, 2 …',

    'id.precisionLost': '"{value}" lost its last digits when the sheet stored it as a number: type it again from the source, as text.',
    'id.invalid': '"{value}" does not look like an identifier: it should be a whole number or a code.',
    'idCard.invalid': '"{value}" is not a Chinese ID card number: it should have 18 characters (17 digits and a digit or X), or 15 digits for an old card.',
    'idCard.checksum': 'The check character of ID card number "{value}" is wrong (expected {expected}): one of the characters was probably mistyped.',
    'uscc.invalid': '"{value}" is not a unified social credit code: it should have 18 digits and capital letters (no I, O, S, V or Z).',
    'uscc.checksum': 'The check character of credit code "{value}" is wrong (expected {expected}): one of the characters was probably mistyped.',

    'postcode.invalid': '"{value}" is not a valid postcode: Chinese postcodes have 6 digits.',
    'postcode.invalidUs': '"{value}" is not a valid ZIP code: ZIP codes have 5 digits, or 5 and 4 (02134-1234).',
    'postcode.invalidAny': '"{value}" is not a valid postcode.',

    'locale.region': 'Phone numbers are read as numbers of {region}: {numbers} of them are written that way. To read them for another region, set phone.defaultRegion in the settings.',
    'locale.regionStates': 'The sheet is read as one from {region} (postcodes, ID numbers, phone numbers): {states} of its states or provinces are {region}\'s and it has no phone number to say otherwise. To read it for another region, set phone.defaultRegion in the settings.',
    'locale.currency': 'Amounts are read in {currency}, the currency the sheet shows. To change it, set amount.currency in the settings.',
    'dates.columnMonthFirst': 'Dates in {headers} are read month first (MM/DD): {dates} of them can only be read that way, {against} only day first. To change it, set dates.ambiguous in the settings.',
    'amount.columnDecimalComma': 'Amounts in the column "{header}" are read with a decimal comma (1.234,50): {amounts} of them are written that way and none with a decimal point. To change it, set amount.decimalSeparator in the settings.',
    'dates.columnDayFirst': 'Dates in {headers} are read day first (DD/MM): {dates} of them can only be read that way, {against} only month first. To change it, set dates.ambiguous in the settings.',
  },
  {
    'fix.generic': '整理了该值。',
    'fix.spaces': '去掉了多余空格，并把全角字母和数字改为半角。',
    'fix.phone': '电话号码已改为标准格式。',
    'fix.email': '整理了邮箱地址（空格、全角字符、“mailto:”、大小写）。',
    'fix.date': '文字已转换为日期。',
    'fix.amount': '金额已转换为数字（去掉货币符号、千位分隔符，换算了万/亿）。',
    'fix.integer': '次数已转换为整数。',
    'fix.name': '整理了姓名（空格、全角字符、英文大小写）。',
    'fix.company': '整理了公司名称（空格、全角字母、数字和括号）。',
    'fix.id': '编号已改为文本保存，避免丢失位数。',
    'fix.postcode': '邮编已改为文本保存。',
    'fix.zipZero': '补回了表格软件丢掉的邮编首位 0（2134 → 02134）。',
    'fix.url': '整理了网址。',
    'fix.text': '去掉了多余空格，并把全角字母和数字改为半角。',

    'phone.invalid': '“{value}”不是有效的电话号码：请核对位数以及区号或国家代码。',
    'phone.precisionLost': '“{value}”被表格存成数字后丢失了末尾几位，无法恢复：请按原始资料重新输入。',
    'phone.multiple': '该单元格有 {count} 个电话号码，已全部保留并用“ / ”分隔。建议每个号码单独一列。',
    'phone.notMobile': '{value} 是座机或服务号码，不是手机号：如确为座机，请移到“电话”列。',

    'email.invalid': '“{value}”不是有效的邮箱地址：请检查 @、域名和多余字符。',
    'email.typo': '“{value}”疑似拼写错误，是否应为 {suggestion}？原地址未改动。',
    'email.qqNumber': '“{value}”是 QQ 号而不是邮箱地址，对应的 QQ 邮箱为 {suggestion}。原值未改动。',
    'email.multiple': '该单元格有 {count} 个邮箱地址，已全部保留并用“; ”分隔。',

    'date.ambiguous': '“{value}”既可理解为 {monthFirst}（月在前），也可理解为 {dayFirst}（日在前）：请手动修改，或在设置中选择日期顺序。',
    'date.invalid': '“{value}”不是真实存在的日期（例如 2 月 30 日）：请核对月和日。',
    'date.twoDigitYear': '“{value}”的年份只有两位，已按 {year} 年处理，请确认世纪是否正确。',
    'date.noYear': '“{value}”没有年份：生日提醒仍可使用，其他日期检查无法进行。',
    'date.lunar': '“{value}”是农历日期：已按原样保留（生日提醒可以识别），因为它每年对应的公历日期不同。',
    'date.unrecognized': '无法把“{value}”识别为日期：请写成 2024-03-05 这样的格式。',
    'date.serialOutOfRange': '日期列中的数字 {value} 不像日期（只识别 1900–2100 年）：请检查该单元格。',

    'amount.invalid': '无法把“{value}”识别为金额：请写成 12000 这样的数字。',
    'amount.foreignCurrency': '“{value}”的币种是 {currency}，不是本表的 {expected}：已保留原值，请手动换算。',

    'integer.invalid': '“{value}”不是整数：购买次数等计数应为 0、1、2……',

    'id.precisionLost': '“{value}”被表格存成数字后丢失了末尾几位，无法恢复：请按原始资料以文本格式重新输入。',
    'id.invalid': '“{value}”不像编号：应为整数或代码。',
    'idCard.invalid': '“{value}”不是身份证号：应为 18 位（17 位数字加一位数字或 X），旧证为 15 位数字。',
    'idCard.checksum': '身份证号“{value}”的校验位不对（应为 {expected}）：可能有字符输错。',
    'uscc.invalid': '“{value}”不是统一社会信用代码：应为 18 位数字和大写字母（不含 I、O、S、V、Z）。',
    'uscc.checksum': '统一社会信用代码“{value}”的校验位不对（应为 {expected}）：可能有字符输错。',

    'postcode.invalid': '“{value}”不是有效的邮编：中国邮编为 6 位数字。',
    'postcode.invalidUs': '“{value}”不是有效的美国邮编（ZIP）：应为 5 位数字，或 5+4 位（02134-1234）。',
    'postcode.invalidAny': '“{value}”不是有效的邮编。',

    'locale.region': '电话号码按 {region} 的号码读取：表中有 {numbers} 个号码是这样写的。如需按其他地区读取，请在设置中指定 phone.defaultRegion。',
    'locale.regionStates': '本表按 {region} 的表格读取（邮编、证件号、电话号码）：其中 {states} 个州/省名属于 {region}，且表中没有电话号码可作判断。如需按其他地区读取，请在设置中指定 phone.defaultRegion。',
    'locale.currency': '金额按 {currency} 读取，即表中金额所示的币种。如需更改，请在设置中指定 amount.currency。',
    'dates.columnMonthFirst': '{headers}列的日期按月在前（月/日）读取：其中 {dates} 个日期只能这样理解，只能按日在前理解的有 {against} 个。如需更改，请在设置中指定 dates.ambiguous。',
    'amount.columnDecimalComma': '“{header}”列的金额按小数逗号读取（1.234,50）：其中 {amounts} 个是这样写的，没有一个用小数点。如需更改，请在设置中指定 amount.decimalSeparator。',
    'dates.columnDayFirst': '{headers}列的日期按日在前（日/月）读取：其中 {dates} 个日期只能这样理解，只能按月在前理解的有 {against} 个。如需更改，请在设置中指定 dates.ambiguous。',
  },
);
