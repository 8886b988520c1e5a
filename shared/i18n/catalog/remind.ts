/** Messages of remind/. */
import { defineMessages } from '../define';

export const remindMessages = defineMessages(
  {
  },
  {
  },
);
