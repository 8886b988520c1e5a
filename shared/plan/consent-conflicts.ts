/**
 * Says, per merged group, where its rows disagree on the customer's marketing consent (a charity's
 * Opt-in Email Y on one row and N on the other, a 是否同意推送 是 / 否): the merge keeps the kept row's
 * value and files the other among the merged values, which silently turns a refusal into consent when
 * the kept row said yes (tester h75: a donor's N). Under the GDPR (Art. 7) and PIPL (Art. 14, 24) a
 * refusal stands until the person gives consent again, so the safe value is the refusal: the warning
 * names it, for the user to check before mailing. Said for an accepted merge and for the merge a
 * group proposes; the value itself is left as the merge chose, never changed without the user.
 */
import { cellText } from '../table/cell';
import type { Table } from '../table/table';
import type { DuplicateGroup } from '../dedupe/types';
import type { SheetProblem } from './issue';
import { rowList } from './row-list';

/** A consent column: a yes gives consent (opt-in), or a yes refuses it (opt-out). Opt-out words first: "Unsubscribed" holds "subscribed". */
const CONSENT_HEADERS: readonly { refusal: 'yes' | 'no'; words: RegExp }[] = [
  { refusal: 'yes', words: /opt[\s_-]*out|unsubscribed|do[\s_-]*not[\s_-]*(?:e-?mail|contact|call|mail|text|sms)|no[\s_-]+marketing|退订|拒收|拒绝(?:营销|推送|联系)|勿扰|免打扰|黑名单/iu },
  { refusal: 'no', words: /opt[\s_-]*in|consent|subscribed|accepts?[\s_-]+(?:e-?mail[\s_-]+|sms[\s_-]+)?marketing|marketing[\s_-]+(?:permission|preference)|newsletter|gdpr|permission[\s_-]+to|同意|订阅|允许(?:联系|推送|营销)|接受(?:推送|营销|短信|邮件)/iu },
];

const YES = /^(?:y|yes|true|1|是|同意|已同意|允许|订阅|已订阅|opted[\s_-]*in|subscribed|✓|✔|√)$/iu;
const NO = /^(?:n|no|false|0|否|不同意|未同意|拒绝|不允许|退订|已退订|opted[\s_-]*out|unsubscribed|✗|✘|×)$/iu;

const answerOf = (text: string): 'yes' | 'no' | undefined => (YES.test(text) ? 'yes' : NO.test(text) ? 'no' : undefined);

/**
 * The warnings of the groups a merge takes (`merged`: the accepted merge's groups, by id) or proposes
 * (exact and likely groups, when no merge was accepted).
 */
export function consentConflicts(cleaned: Table, groups: readonly DuplicateGroup[], mergedIds: ReadonlySet<string> | null): SheetProblem[] {
  const columns = cleaned.headers.flatMap((header, col) => {
    const kind = CONSENT_HEADERS.find((k) => k.words.test(header));
    return kind ? [{ col, header, refusal: kind.refusal }] : [];
  });
  if (columns.length === 0) return [];
  const rowAt = new Map(cleaned.rows.map((r) => [r.sheetRow, r]));
  const taken = groups.filter((g) => (mergedIds ? mergedIds.has(g.id) : g.confidence !== 'review'));
  const out: SheetProblem[] = [];
  for (const g of taken) {
    for (const { col, header, refusal } of columns) {
      const said = g.rows.flatMap((row) => {
        const text = cellText(rowAt.get(row)?.cells[col] ?? { kind: 'empty' }).trim();
        const answer = answerOf(text);
        return answer ? [{ row, text, answer }] : [];
      });
      const refused = said.filter((s) => s.answer === refusal);
      if (refused.length === 0 || refused.length === said.length) continue;
      const given = said.filter((s) => s.answer !== refusal);
      const kept = said.find((s) => s.row === g.survivor);
      out.push({
        code: mergedIds ? 'dedupe.consentConflict.merged' : 'dedupe.consentConflict.proposed',
        severity: 'warning',
        params: {
          group: g.id, header, rowList: rowList(g.survivor, g.rows), survivor: g.survivor,
          refusedRows: refused.map((s) => s.row).join(', '), refusal: refused[0].text,
          consentRows: given.map((s) => s.row).join(', '), consent: given[0].text,
          kept: kept?.text ?? '',
        },
      });
    }
  }
  return out;
}
