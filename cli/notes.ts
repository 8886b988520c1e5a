/** A note on the run for the summary: something the user must know that did not stop the run. */
import type { Params } from '../shared';
import type { CliMessageKey } from './messages';

export interface RunNote {
  key: CliMessageKey;
  params: Params;
}
