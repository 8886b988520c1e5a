/** Messages of report/. */
import { defineMessages } from '../define';

export const reportMessages = defineMessages(
  {
  },
  {
  },
);
