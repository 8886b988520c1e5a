/** Messages about the sheet as a whole, the settings and the run. */
import { defineMessages } from '../define';

export const coreMessages = defineMessages(
  {
    'sheet.empty': 'The sheet "{sheet}" is empty: there is nothing to clean.',
    'settings.invalid': 'Settings: "{path}" is {found}, but it must be {expected}. Correct it in the settings (or the --config file) and run again.',
    'settings.unknownKey': 'Settings: there is no setting "{path}": check its spelling (known here: {known}).',
    'settings.timeZone': 'Settings: "{path}" is "{found}", which is no time zone: write one as the IANA database names it, such as Asia/Shanghai, Asia/Taipei, Europe/London or America/New_York.',
    'settings.unknownRule': 'Settings: "{id}" at {path} names no check to switch off. Use a rule id ({known}) or a code the issues list shows (phone.invalid, rule.dateInFuture).',
    'settings.notJson': 'The settings file is not valid JSON ({detail}). Fix it or start from the defaults.',
    'run.badToday': 'The date of the run "{value}" is not a date in the form YYYY-MM-DD.',
    'column.issues': 'Sheet Keeper issues',
    'column.duplicateGroup': 'Duplicate group',
    'column.duplicateReasons': 'Why duplicates',
    'column.duplicate.keep': 'kept by a merge',
    'column.duplicate.mergeInto': 'a merge folds it into row {row}',
    'column.duplicate.keptApart': 'no merge takes it: each row is kept',
    'column.classReasons': 'Why this class',
    'column.computed': '{header} (computed)',
  },
  {
    'sheet.empty': '工作表“{sheet}”是空的，没有可整理的内容。',
    'settings.invalid': '设置项“{path}”的值是 {found}，应为{expectedZh}。请在设置（或 --config 文件）中改正后重试。',
    'settings.unknownKey': '设置：没有“{path}”这一设置项，请检查拼写（此处可用：{known}）。',
    'settings.timeZone': '设置项“{path}”的值“{found}”不是时区：请按 IANA 时区库的写法填写，例如 Asia/Shanghai、Asia/Taipei、Europe/London、America/New_York。',
    'settings.unknownRule': '设置：{path} 处的“{id}”不是可以关闭的检查。请填写规则 ID（{known}），或问题清单中显示的代码（如 phone.invalid、rule.dateInFuture）。',
    'settings.notJson': '设置文件不是有效的 JSON（{detail}）。请修正，或删除它以使用默认设置。',
    'run.badToday': '运行日期“{value}”不是 YYYY-MM-DD 格式的日期。',
    'column.issues': '整理问题',
    'column.duplicateGroup': '重复组',
    'column.duplicateReasons': '重复依据',
    'column.duplicate.keep': '合并时保留此行',
    'column.duplicate.mergeInto': '合并时并入第 {row} 行',
    'column.duplicate.keptApart': '不会合并，各行保留',
    'column.classReasons': '分类依据',
    'column.computed': '{header}（计算）',
  },
);
