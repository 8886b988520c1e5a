/** Messages of normalize/. */
import { defineMessages } from '../define';

export const normalizeMessages = defineMessages(
  {
  },
  {
  },
);
