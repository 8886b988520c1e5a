/** Messages of validate/: rules over cleaned values. `{field}` and `{other}` are field ids, rendered as labels by t(). */
import { defineMessages } from '../define';

export const validateMessages = defineMessages(
  {
    'required.missing': '{field} is required but empty.',
    'required.noColumn': 'The sheet has no {field} column, which the settings make required. Add the column, or map a column to it in the settings.',
    'cell.error': 'The cell shows the error {value}; fix the formula or the value it depends on.',
    'cell.ditto': '"{value}" means "as in the row above": this row lacks the value itself, so fill it in (it is not copied for you; rows move when sorted).',
    'rule.dateInFuture': '{field} {value} is in the future.',
    'rule.dateOrder': '{field} {value} is before {other} {otherValue}.',
    'rule.ageImplausible': 'Birthday {value} gives an age of {age}, which is not plausible.',
    'rule.negative': '{field} is negative ({value}).',
    'rule.ordersWithoutAmount': '{value} orders but no amount.',
  },
  {
    'required.missing': '{field}为必填项，但为空。',
    'required.noColumn': '表中没有“{field}”列，而设置要求必填。请添加该列，或在设置中把某一列对应到它。',
    'cell.error': '单元格显示错误值 {value}，请修正公式或其引用的数据。',
    'cell.ditto': '“{value}”表示与上一行相同：本行并没有这个值，请填入实际内容（不会自动照抄，排序后上一行就变了）。',
    'rule.dateInFuture': '{field} {value} 晚于今天。',
    'rule.dateOrder': '{field} {value} 早于{other} {otherValue}。',
    'rule.ageImplausible': '生日 {value} 对应年龄 {age} 岁，不合常理。',
    'rule.negative': '{field}为负数（{value}）。',
    'rule.ordersWithoutAmount': '有 {value} 次购买，但金额为零。',
  },
);
