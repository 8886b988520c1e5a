/** Messages of validate/. */
import { defineMessages } from '../define';

export const validateMessages = defineMessages(
  {
  },
  {
  },
);
