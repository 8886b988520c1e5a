/** Messages about the sheet as a whole and the run. */
import { defineMessages } from '../define';

export const coreMessages = defineMessages(
  {
    'sheet.empty': 'The sheet "{sheet}" is empty: there is nothing to clean.',
  },
  {
    'sheet.empty': '工作表“{sheet}”是空的，没有可整理的内容。',
  },
);
