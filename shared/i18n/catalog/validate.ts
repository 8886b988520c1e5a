/** Messages of validate/: rules over cleaned values. `{field}` and `{other}` are field ids, rendered as labels by t(). */
import { defineMessages } from '../define';

export const validateMessages = defineMessages(
  {
    'required.missing': '{field} is required but empty.',
    'required.noColumn': 'The sheet has no {field} column, which the settings make required. Add the column, or map a column to it in the settings.',
    'cell.error': 'The cell shows the error {value}; fix the formula or the value it depends on.',
    'cell.ditto': '"{value}" means "as in the row above": this row lacks the value itself, so fill it in (it is not copied for you; rows move when sorted).',
    'cell.masked': '"{value}" was masked by the system it came from (some characters hidden): it reaches and identifies nobody, so it is not checked and never matches another row.',
    'rule.dateInFuture': '{field} {value} is in the future.',
    'rule.dateOrder': '{field} {value} is before {other} {otherValue}.',
    'rule.ageImplausible': 'Birthday {value} gives an age of {age}, which is not plausible.',
    'rule.negative': '{field} is negative ({value}).',
    'rule.noteSaysLeft': 'The remark "{value}" says the customer has left (withdrew, cancelled or churned): no renewal, expiry or long-silence reminders; if still a customer, reword the remark.',
    'rule.ordersWithoutAmount': '{value|# order|# orders} but an amount of 0.',
    'rule.birthdayIdCard': 'Birthday {value} differs from the date of birth in the ID number ({idBirth}).',
    'rule.birthdayStandIn': 'Birthday {value} is written {count} times in this column: it looks like a date a system filled in, not the customer\'s birthday. No birthday reminder is raised on it, and it is not taken as evidence of a duplicate.',
    'rule.birthdayLunarOfIdCard': 'Birthday {value} is the ID number\'s date of birth ({idBirth}) written in the lunar calendar. A lunar birthday belongs in a lunar birthday column (or written as 农历…), or its reminder falls on the wrong day.',
    'rule.genderIdCard': 'Gender "{value}" does not match the ID number: its digit {position} is {digit} (odd for men, even for women).',
  },
  {
    'required.missing': '{field}为必填项，但为空。',
    'required.noColumn': '表中没有“{field}”列，而设置要求必填。请添加该列，或在设置中把某一列对应到它。',
    'cell.error': '单元格显示错误值 {value}，请修正公式或其引用的数据。',
    'cell.ditto': '“{value}”表示与上一行相同：本行并没有这个值，请填入实际内容（不会自动照抄，排序后上一行就变了）。',
    'cell.masked': '“{value}”已打码（部分字符被隐去，来自导出系统）：无法用来联系或识别客户，不做校验，也不会据此判为重复。',
    'rule.dateInFuture': '{field} {value} 晚于今天。',
    'rule.dateOrder': '{field} {value} 早于{other} {otherValue}。',
    'rule.ageImplausible': '生日 {value} 对应年龄 {age} 岁，不合常理。',
    'rule.negative': '{field}为负数（{value}）。',
    'rule.noteSaysLeft': '备注“{value}”说明客户已离开（退学、退卡或流失）：不再提醒续费、到期和长期未联系；若仍是客户，请改写备注。',
    'rule.ordersWithoutAmount': '有 {value} 次购买，但金额为 0。',
    'rule.birthdayIdCard': '生日 {value} 与身份证号中的出生日期（{idBirth}）不一致。',
    'rule.birthdayStandIn': '生日 {value} 在本列出现了 {count} 次，像是系统默认填的日期，而不是客户的生日：不据此提醒生日，也不据此判断重复。',
    'rule.birthdayLunarOfIdCard': '生日 {value} 是身份证出生日期 {idBirth} 的农历写法。按农历过生日的，请写在“农历生日”列（或写成“农历…”），否则生日提醒会落在错误的日子。',
    'rule.genderIdCard': '性别“{value}”与身份证号不符：身份证号第 {position} 位是 {digit}（奇数为男，偶数为女）。',
  },
);
