/** Messages of dedupe/. */
import { defineMessages } from '../define';

export const dedupeMessages = defineMessages(
  {
  },
  {
  },
);
