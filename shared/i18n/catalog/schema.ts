/** Messages of schema/. */
import { defineMessages } from '../define';

export const schemaMessages = defineMessages(
  {
  },
  {
  },
);
