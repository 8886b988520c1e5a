/** Messages of classify/. */
import { defineMessages } from '../define';

export const classifyMessages = defineMessages(
  {
  },
  {
  },
);
