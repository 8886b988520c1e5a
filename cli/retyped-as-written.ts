/**
 * A rerun on the tool's own CSV output said `文本转为对应的日期或数字：99 个` every week, though the file it
 * wrote was byte for byte the one it read: a CSV holds only text, so every date and number is read as
 * text and "turned" into the date or number it showed, which the CSV writes back as the same text.
 * Into a CSV such a retype changes nothing, and is not counted as a change: the summary and the JSON
 * report count only the texts that are written otherwise, and say when nothing changed at all.
 */
import { cellText, type Plan } from '../shared';
import { csvText } from './io/write-csv';

/** How many of the plan's retypes a CSV writes back exactly as they were typed. */
export function retypesAsWritten(plan: Plan): number {
  let same = 0;
  for (const edit of plan.edits) if (edit.retype && csvText(edit.after) === cellText(edit.before)) same++;
  return same;
}

/** The plan as a CSV output shows it: its stats without the retypes the CSV writes back as typed. */
export function countedForCsv(plan: Plan, same: number): Plan {
  return same === 0 ? plan : { ...plan, stats: { ...plan.stats, cellsRetyped: plan.stats.cellsRetyped - same } };
}
