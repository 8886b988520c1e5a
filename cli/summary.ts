/**
 * The short summary the command line prints when a run is done: rows, fields, fixes, issues,
 * duplicates and the merge, reminders, classes, and where the files went.
 */
import { countsByKind, isOrdersOfOne, reimportExport, REMINDER_KINDS, URGENT_REMINDERS, sharedLinesNote, unrecognizedTexts, issueTitle, ownerConflictTexts, ownerText, possibleOwnerConflictTexts, reasonTexts, staffNoun, t, type AcrossSheetsResult, type CellEdit, type DuplicateGroup, type Lang, type Plan, type ReminderKind, STANDINGS, RECORD_STATES } from '../shared';
import { NOTE_LIMIT } from './io/write-xlsx';
// Every line here is printed: its parameters come from the sheet (names of sheets, headers, owners).
import { sayOut as say } from './messages';
import type { RunNote } from './notes';
import { balanceColumnsLine, owedColumnsLine, staffOwnerLine, unreadColumnsLine } from './unread-columns';
import { customerValueLines, holdsCustomerValues } from './customer-values';
import type { HiddenSheet } from './hidden-sheets';

export interface SummaryInput {
  plan: Plan;
  lang: Lang;
  /** The input file as the user named it. */
  input: string;
  output: string;
  json?: string;
  /** Planned edits refused because the cell holds a formula. */
  skipped?: readonly CellEdit[];
  /** Highlighted cells written without a note (too many notes for one workbook). */
  notesOmitted?: number;
  /** Text values of a CSV output that a spreadsheet would mangle on opening it. */
  csvLossy?: number;
  /** Values of a CSV output written with the formula guard's leading apostrophe. */
  csvGuarded?: number;
  /** Where those are: each column's header (its letter when it has none) and how many, as the summary names them. */
  csvGuardedIn?: readonly { header: string; count: number }[];
  /** Values of a CSV output written behind the text mark the input had ('02134). */
  csvMarked?: number;
  /** How the CSV output marks text (settings output.csvTextMark). */
  csvTextMark?: 'excel' | 'none';
  /** Dates and numbers a CSV output writes back as the text they were read from: not counted as changed (retyped-as-written.ts). */
  retypedAsWritten?: number;
  /** Where a merge put the archived rows: a sheet of the output workbook, or a file next to a CSV output. */
  archive?: { sheet: string } | { file: string; held?: number };
  /** Sheets the run wrote into the output workbook (issues, reminders, report). */
  sheets?: readonly string[];
  /** Files written next to a CSV output, as shown to the user. */
  files?: readonly string[];
  /** Other sheets of the workbook holding a customer table (a sheet per sales rep), left as they were. */
  otherTables?: readonly string[];
  /** Of those, the hidden ones, each said on its own line with its customers and the --sheet that cleans it. */
  hiddenTables?: readonly string[];
  /** Of the hidden ones, those read: the reminders each holds (cli/hidden-sheets.ts). */
  hidden?: readonly HiddenSheet[];
  /** Customers found in more than one of the workbook's customer sheets. */
  across?: AcrossSheetsResult;
  /** What reading or writing the files could not keep (unreadable characters, parts of the workbook). */
  notes?: readonly RunNote[];
  /** Formula cells a merge moved up with their rows (references not adjusted). */
}

/** The most frequent issue codes shown; the JSON report and the issues sheet have all of them. */
const MAX_KINDS = 6;
/** Owners named on the reminders line; the reminders sheet has all of them. */
const MAX_OWNERS = 3;

export function summaryText(input: SummaryInput): string {
  const { plan, lang, output, json, skipped = [], notesOmitted = 0, csvLossy = 0, csvGuarded = 0 } = input;
  const { stats } = plan;
  // On a rerun, the columns the earlier run added (整理问题 …) are no columns of the user's to read.
  const users = usersColumns(plan);
  const lines = [
    say(lang, 'cli.summary.title', { input: input.input, sheet: plan.sheetName, headerRow: plan.headerRow }),
    // A part of a phone (Xero's PhoneArea, 区号) is read, with its number; another person's column (电话2) as his;
    // a period summed into the amount (1月 … 12月) as a part of it.
    say(lang, 'cli.summary.rows', { rows: stats.rows, fields: users.filter((c) => c.field !== null || c.partOf !== undefined || c.person !== undefined || c.amountPart || c.child !== undefined).length, columns: users.length }),
    say(lang, 'cli.summary.changed', { count: stats.cellsChanged }),
  ];
  const owed = owedColumnsLine(plan, lang, say);
  if (owed) lines.splice(2, 0, owed);
  const balance = balanceColumnsLine(plan, lang, say);
  if (balance) lines.splice(2, 0, balance);
  const staff = staffOwnerLine(plan, lang, say);
  if (staff) lines.splice(2, 0, staff);
  const unread = unreadColumnsLine(plan, lang, say);
  if (unread) lines.splice(2, 0, unread);
  // An order of several lines (Shopify's one row per line item) is one order: the rows are said apart.
  if (plan.orderList) lines.splice(2, 0, say(lang, plan.orderList.deals ? 'cli.summary.dealList' : plan.orderList.subscriptions ? 'cli.summary.subscriptionList' : plan.orderList.policies ? 'cli.summary.policyList' : plan.orderList.orders < plan.orderList.rows ? 'cli.summary.orderListLines' : 'cli.summary.orderList', { rows: plan.orderList.rows, orders: plan.orderList.orders, customers: plan.orderList.customers }));
  if (stats.cellsRetyped > 0) lines.push(say(lang, 'cli.summary.retyped', { count: stats.cellsRetyped }));
  // A rerun on its own CSV output that changes nothing says so, rather than seeming to retype every date.
  else if (stats.cellsChanged === 0 && (input.retypedAsWritten ?? 0) > 0) lines.push(say(lang, 'cli.summary.unchangedAsWritten', { count: input.retypedAsWritten ?? 0 }));
  lines.push(say(lang, 'cli.summary.issues', stats.issuesBySeverity));
  const kinds = Object.entries(stats.issuesByCode).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [kind, count] of kinds.slice(0, MAX_KINDS)) lines.push(say(lang, 'cli.summary.kind', { kind: issueTitle(lang, kind), count }));
  if (kinds.length > MAX_KINDS) lines.push('  …');
  for (const p of plan.problems) if (!holdsCustomerValues(p)) lines.push(say(lang, 'cli.summary.problem', { message: say(lang, p.code, p.params) }));
  // A merge's notes that carry two customers' amounts or numbers: counted, their rows named, capped.
  lines.push(...customerValueLines(plan.problems, lang, json));
  for (const n of input.notes ?? []) lines.push(say(lang, 'cli.summary.problem', { message: say(lang, n.key, n.params) }));
  lines.push(...duplicateLines(input), ...reminderLines(plan, lang), ...classLines(plan, lang));
  if (skipped.length > 0) lines.push(say(lang, 'cli.summary.skipped', { count: skipped.length }));
  if (notesOmitted > 0) lines.push(say(lang, 'cli.summary.notesOmitted', { count: notesOmitted, limit: NOTE_LIMIT }));
  if (csvLossy > 0) lines.push(say(lang, 'cli.summary.csvLossy', { count: csvLossy }));
  lines.push(...csvMarkLines(input, users.map((c) => c.header)));
  lines.push(say(lang, 'cli.summary.output', { path: output }));
  if (input.sheets && input.sheets.length > 0) {
    lines.push(say(lang, 'cli.summary.sheets', { sheets: list(lang, input.sheets.map((name) => say(lang, 'cli.summary.quoted', { name }))) }));
  }
  if (input.files && input.files.length > 0) lines.push(say(lang, 'cli.summary.files', { files: list(lang, input.files) }));
  if (json) lines.push(say(lang, 'cli.summary.json', { path: json }));
  const hidden = new Set(input.hiddenTables ?? []);
  const visible = (input.otherTables ?? []).filter((name) => !hidden.has(name));
  if (visible.length > 0) {
    const sheets = list(lang, visible.map((name) => say(lang, 'cli.summary.quoted', { name })));
    lines.push(say(lang, 'cli.summary.otherTables', { sheets, sheet: plan.sheetName }));
  }
  // A hidden tab of customers (a departed rep's, waiting for a new owner) is easy to forget: said apart.
  for (const name of hidden) {
    const count = input.across?.customers?.[name];
    lines.push(count === undefined ? say(lang, 'cli.summary.hiddenTableUnread', { name }) : say(lang, 'cli.summary.hiddenTable', { name, count }));
    const read = input.hidden?.find((h) => h.sheet === name);
    if (read && read.reminders.length > 0) lines.push(hiddenRemindersLine(read, lang));
  }
  if (input.across) lines.push(...acrossLines(input.across, lang));
  return lines.join('\n') + '\n';
}

/**
 * The apostrophes of a CSV output. Written for Excel, an app's own export (Google Contacts,
 * Mailchimp …) is told in one line how to write it for that app's import, which would keep them;
 * written for re-import, the values that keep theirs (= and @) are said.
 */
function csvMarkLines({ lang, csvGuarded = 0, csvGuardedIn = [], csvMarked = 0, csvTextMark = 'excel' }: SummaryInput, headers: readonly string[]): string[] {
  // Where the apostrophes are, not an example (+44 phones) that may be none of them (tester h74: one 合计 formula).
  const columns = list(lang, csvGuardedIn.map((c) => say(lang, 'cli.summary.csvGuardedColumn', c)));
  if (csvTextMark === 'none') return csvGuarded > 0 ? [say(lang, 'cli.summary.csvGuardedNone', { count: csvGuarded, columns })] : [];
  const lines = csvGuarded > 0 ? [say(lang, 'cli.summary.csvGuarded', { count: csvGuarded, columns })] : [];
  const app = csvGuarded + csvMarked > 0 ? reimportExport(headers) : null;
  if (app !== null) lines.push(say(lang, 'cli.summary.csvForExcel', { app, count: csvGuarded + csvMarked }));
  return lines;
}

/** A hidden tab's reminders, which this run lists nowhere else: by kind, and how many cannot wait. */
function hiddenRemindersLine(h: HiddenSheet, lang: Lang): string {
  const kinds = list(lang, countsByKind(lang, h.reminders, REMINDER_KINDS).map((k) => item(lang, k.label, k.count)));
  const urgent = h.urgent.length;
  return urgent === 0
    ? say(lang, 'cli.summary.hiddenTableReminders', { count: h.reminders.length, kinds })
    : say(lang, 'cli.summary.hiddenTableUrgent', { count: h.reminders.length, kinds, urgent, days: URGENT_REMINDERS.withinDays });
}

/** Groups of the across-sheets check shown in the summary; the JSON report has all of them. */
const MAX_ACROSS = 5;

/** The same customer in two reps' sheets (撞单), each group on a line with its rows and reasons. */
function acrossLines({ groups, rollUps, skipped }: AcrossSheetsResult, lang: Lang): string[] {
  const quoted = (names: readonly string[]) => list(lang, names.map((name) => say(lang, 'cli.summary.quoted', { name })));
  const rolled = [
    ...(skipped.length === 0 ? [] : [say(lang, 'cli.summary.acrossSkipped', { sheets: quoted(skipped) })]),
    ...(rollUps.length === 0 ? [] : [say(lang, 'cli.summary.acrossRollUps', { sheets: quoted(rollUps) })]),
  ];
  if (groups.length === 0) return [...rolled, say(lang, 'cli.summary.acrossNone')];
  // 可能撞单 only where some customer's rows name different owners: one customer a rep and his 协作人 share is none (tester h76 #8).
  const rival = groups.some((g) => g.owners !== undefined || g.possibleOwners !== undefined);
  const lines = [...rolled, say(lang, rival ? 'cli.summary.across' : 'cli.summary.acrossShared', { count: groups.length })];
  const sep = lang === 'zh-CN' ? '；' : '; ';
  for (const g of groups.slice(0, MAX_ACROSS)) {
    const rows = g.rows.map((r) => say(lang, 'cli.summary.acrossRow', { sheet: r.sheet, row: r.row })).join(' / ');
    const why = [...reasonTexts(lang, g.reasons), ...ownerConflictTexts(lang, g.owners, g.claim, g.future), ...possibleOwnerConflictTexts(lang, g.possibleOwners)];
    lines.push(say(lang, 'cli.summary.acrossItem', { id: g.id, confidence: t(lang, `dedupe.confidence.${g.confidence}`), rows, reasons: why.join(sep) }));
  }
  if (groups.length > MAX_ACROSS) lines.push(say(lang, 'cli.summary.acrossMore', { count: groups.length - MAX_ACROSS }));
  return lines;
}

const list = (lang: Lang, items: readonly string[]) => items.join(say(lang, 'cli.summary.sep'));
const item = (lang: Lang, label: string, count: number) => say(lang, 'cli.summary.item', { label, count });

/** Groups by confidence and owner conflicts; then what the merge did, or what to do next. */
function duplicateLines({ plan, lang, archive, output }: SummaryInput): string[] {
  const { groups } = plan.duplicates;
  if (groups.length === 0) return [say(lang, 'cli.summary.noDuplicates')];
  const by = { exact: 0, likely: 0, review: 0 };
  for (const g of groups) by[g.confidence]++;
  const rows = groups.reduce((n, g) => n + g.rows.length, 0);
  const lines = [say(lang, 'cli.summary.duplicates', { groups: groups.length, rows, ...by })];
  const conflicts = groups.filter((g) => g.ownerConflict && g.ownerConflict.carers === undefined).length;
  if (conflicts > 0) lines.push(say(lang, 'cli.summary.ownerConflicts', { count: conflicts }));
  // Two instructors or teachers of one client are no sales conflict (撞单): said apart.
  const seen = groups.filter((g) => g.ownerConflict?.carers !== undefined);
  if (seen.length > 0) lines.push(say(lang, 'cli.summary.seenByCarers', { count: seen.length, roles: staffNoun(lang, seen[0].ownerConflict!.carers!, 2) }));
  const possible = groups.filter((g) => g.possibleOwnerConflict).length;
  if (possible > 0) lines.push(say(lang, 'cli.summary.possibleOwnerConflicts', { count: possible }));
  // How many the owner rule settled (the customer stays in that rep's row), by rule.
  for (const rule of ['first-touch', 'last-contact'] as const) {
    const claimed = groups.filter((g) => g.ownerConflict?.claim?.rule === rule).length;
    if (claimed > 0) lines.push(say(lang, `cli.summary.ownerClaims.${rule}`, { count: claimed }));
  }
  // One customer's several records (two cars, two pets) are said apart: no merge takes them.
  const records = groups.filter((g) => g.records).length;
  // On an order list they are one customer's orders under two customer IDs or e-mails (orders-of-one.ts), said as such (h77 #17).
  const ofOne = groups.filter(isOrdersOfOne).length;
  if (records > ofOne) lines.push(say(lang, 'cli.summary.records', { count: records - ofOne }));
  if (ofOne > 0) lines.push(say(lang, plan.orderList?.deals ? 'cli.summary.dealsOfOne' : plan.orderList?.subscriptions ? 'cli.summary.subscriptionsOfOne' : 'cli.summary.ordersOfOne', { count: ofOne }));
  const contacts = groups.filter((g) => g.contacts).length;
  if (contacts > 0) lines.push(say(lang, 'cli.summary.contacts', { count: contacts }));
  const family = groups.filter((g) => g.family).length;
  if (family > 0) lines.push(say(lang, 'cli.summary.family', { count: family }));
  // Two records of a group not sure of one customer (a head office's contract and its branch's): no merge takes them either.
  const apart = groups.filter((g) => g.keptApart).length;
  if (apart > 0) lines.push(say(lang, 'cli.summary.keptApart', { count: apart }));
  const kept = records + contacts + family + apart;
  const merge = plan.merge;
  if (!merge) {
    // After groups said kept apart, the ones left to review are "the other" ones: "the group" or
    // "这 1 组" under "6 groups" read as all of them (h63).
    if (groups.length > kept) lines.push(say(lang, kept > 0 ? 'cli.summary.mergeHintRest' : 'cli.summary.mergeHint', { count: groups.length - kept, column: t(lang, 'column.duplicateGroup') }));
    return lines;
  }
  if (merge.archive.length === 0) lines.push(say(lang, 'cli.summary.mergedNone'));
  else {
    const where = archive && 'file' in archive ? archive.file : archive?.sheet ?? merge.archiveSheet;
    const params = { rows: merge.stats.rowsArchived, groups: merge.stats.groupsMerged, where, filled: merge.stats.cellsFilled };
    // Rows whose lines the CSV archive held from the same merge run before left the cleaned file, but
    // this run wrote nothing of them: only the rows it added are said moved to the archive.
    const held = archive && 'file' in archive ? archive.held ?? 0 : 0;
    if (held >= params.rows) lines.push(say(lang, 'cli.summary.mergedFileHeld', { ...params, output }));
    else if (held > 0) lines.push(say(lang, 'cli.summary.mergedFileSome', { ...params, rows: params.rows - held, held }));
    else lines.push(say(lang, archive && 'file' in archive ? 'cli.summary.mergedFile' : 'cli.summary.mergedSheet', params));
  }
  const archived = new Set(merge.removeRows);
  lines.push(...undecidedOwnerLines(lang, groups.filter((g) => g.rows.some((r) => archived.has(r)))));
  const reviewLeft = groups.filter((g) => g.confidence === 'review' && !g.records && !g.contacts && !g.family && !g.keptApart && !g.rows.some((r) => archived.has(r))).length;
  if (reviewLeft > 0) lines.push(say(lang, 'cli.summary.reviewHint', { count: reviewLeft }));
  return lines;
}

/** Groups named by a summary line at most: the rest are counted. */
const MAX_UNDECIDED = 3;

/**
 * Merged 撞单 no owner rule decided (no created date, or the reps' days tie): the kept row's rep keeps
 * the customer because the survivor rules chose his row, which a team settling 撞单 by a rule would
 * not know without being told; the others stay in the merged-values note (tester h68, 17).
 */
function undecidedOwnerLines(lang: Lang, merged: readonly DuplicateGroup[]): string[] {
  const undecided = merged.flatMap((g) => {
    // Two instructors of one client are no 撞单: the group's reasons say whose row is kept (main-carer.ts).
    if (!g.ownerConflict || g.ownerConflict.claim || g.ownerConflict.carers !== undefined) return [];
    const kept = g.fields.find((f) => f.field === 'owner' && f.sheetRow === g.survivor)?.value ?? g.fields.find((f) => f.field === 'owner')?.value;
    if (kept === undefined || kept.trim() === '') return [];
    const others = g.ownerConflict.owners.filter((o) => o.trim() !== kept.trim());
    return others.length === 0 ? [] : [say(lang, 'cli.summary.ownerUndecidedItem', { id: g.id, kept: kept.trim(), others: others.join(say(lang, 'cli.summary.sep')) })];
  });
  if (undecided.length === 0) return [];
  const shown = undecided.slice(0, MAX_UNDECIDED);
  if (undecided.length > shown.length) shown.push('…');
  return [say(lang, 'cli.summary.ownerUndecided', { count: undecided.length, groups: shown.join(say(lang, 'cli.summary.sep')) })];
}

/** Reminders by kind, and the owners with the most of them. */
function reminderLines(plan: Plan, lang: Lang): string[] {
  const { reminders, groups, counts } = plan.reminders;
  const held = [...expiredLine(plan, lang), ...lostLine(plan, lang), ...silencedLine(plan, lang), ...renewedLine(plan, lang), ...optedOutLine(plan, lang)];
  if (reminders.length === 0) return [say(lang, 'cli.summary.noReminders'), ...held];
  const kinds = countsByKind(lang, reminders, Object.keys(counts) as ReminderKind[]).map((k) => item(lang, k.label, k.count));
  const sorted = [...groups].sort((a, b) => b.reminders.length - a.reminders.length);
  const shown = sorted.slice(0, MAX_OWNERS);
  // The unassigned ones are always listed (未分配 / Unassigned, no one's name): a reminder nobody owns is
  // the one nobody would act on, and hidden behind "…" it seemed not to exist.
  const unassigned = sorted.find((g) => g.owner === '' && !shown.includes(g));
  const owners = shown.map((g) => item(lang, ownerText(lang, g.owner), g.reminders.length));
  if (sorted.length > shown.length + (unassigned ? 1 : 0)) owners.push('…');
  if (unassigned) owners.push(item(lang, ownerText(lang, ''), unassigned.reminders.length));
  const top = owners.join(say(lang, 'cli.summary.sep'));
  const shared = sharedLinesNote(lang, groups);
  return [
    say(lang, 'cli.summary.reminders', { count: reminders.length, kinds: list(lang, kinds) }),
    say(lang, 'cli.summary.remindersByOwner', { owners: top }),
    ...(shared ? [`  ${shared}`] : []),
    ...held,
  ];
}

/** Reminders the sheet's own status columns silenced (黑名单, 停止合作 …): counted, so none seems simply missing. */
function silencedLine(plan: Plan, lang: Lang): string[] {
  const { silenced } = plan.reminders;
  const parts = STANDINGS.filter((s) => silenced[s] > 0).map((s) => item(lang, t(lang, `remind.standing.${s}`), silenced[s]));
  if (parts.length === 0) return [];
  const count = STANDINGS.reduce((n, s) => n + silenced[s], 0);
  // The columns whose words did it, as the sheet heads them (备注, 状态): never one that said nothing (tester h68 #18).
  const from = plan.reminders.silencedFrom ?? [];
  if (from.length > 0) {
    const columns = from.map((field) => say(lang, 'cli.summary.quoted', { name: headerOf(plan, field) })).join(lang === 'zh-CN' ? '、' : ', ');
    return [say(lang, 'cli.summary.remindersSilencedIn', { count, columns, standings: list(lang, parts) })];
  }
  // A sheet with an end-date column (Churned At, 解约日期) is told that column counts too.
  const ended = plan.columns.some((c) => c.field === 'endedAt');
  return [say(lang, ended ? 'cli.summary.remindersSilencedEnded' : 'cli.summary.remindersSilenced', { count, standings: list(lang, parts) })];
}

/** Stale reminders of customers silent for more than a year: counted, one line per owner in the list (remind/long-lost.ts). */
function lostLine(plan: Plan, lang: Lang): string[] {
  const lost = plan.reminders.lost;
  return lost && lost.count > 0 ? [say(lang, 'cli.summary.remindersLost', { count: lost.count, days: lost.afterDays ?? 0 })] : [];
}

/** Contracts and fees long ended that owe nothing (remind/long-lost.ts withoutLongExpired): counted, each owner's named. */
function expiredLine(plan: Plan, lang: Lang): string[] {
  const expired = plan.reminders.expired;
  if (!expired || expired.count === 0) return [];
  const owners = expired.byOwner.map((o) => `${ownerText(lang, o.owner)} ${o.count}`).join(lang === 'zh-CN' ? '，' : ', ');
  // "Nothing owed" only where a column of money owed was there to say so (欠费, Balance Due: unread-columns.ts).
  // Named by their own headers ("Arrears (£)", “欠费(元)”), never by Chinese examples in an English line (tester h73 #27).
  const owed = (plan.unreadColumns ?? []).filter((c) => c.readFor === 'owed').map((c) => (lang === 'zh-CN' ? `“${c.header}”` : `"${c.header}"`));
  const columns = owed.join(lang === 'zh-CN' ? '' : ', ');
  return [say(lang, owed.length > 0 ? 'cli.summary.remindersExpired' : 'cli.summary.remindersExpiredNoOwed', { count: expired.count, days: expired.afterDays ?? 0, owners, columns })];
}

/** Contract reminders a dated renewal of this term (已续保 2026-11-20) left unraised: counted, as the silenced ones are. */
function renewedLine(plan: Plan, lang: Lang): string[] {
  const count = plan.reminders.renewed ?? 0;
  return count > 0 ? [say(lang, 'cli.summary.remindersRenewed', { count })] : [];
}

/** Greetings left out for customers who opted out of e-mail (Email Opt Out, 退订邮件: remind/opted-out.ts). */
function optedOutLine(plan: Plan, lang: Lang): string[] {
  const count = plan.reminders.optedOut ?? 0;
  return count > 0 ? [say(lang, 'cli.summary.remindersOptedOut', { count })] : [];
}

/** The sheet's columns but those an earlier run added (整理问题, 重复组 … on a rerun), written anew. */
function usersColumns(plan: Plan): Plan['columns'] {
  return plan.columns.filter((c) => !c.run);
}

/** The header of the column a field is read from (状态), as the sheet writes it. */
const headerOf = (plan: Plan, field: string): string => plan.columns.find((c) => c.field === field && !c.extra)?.header ?? field;

/** The customer-type distribution, and how many customers the rules would move to another class than the sheet states. */
function classLines(plan: Plan, lang: Lang): string[] {
  const lines: string[] = [];
  const lifecycle = plan.report.sections.find((s) => s.id === 'lifecycle');
  const title = (dimension: string) => plan.classification.legend.find((l) => l.dimension === dimension)?.title[lang] ?? dimension;
  if (lifecycle && lifecycle.series.length > 0) {
    lines.push(say(lang, 'cli.summary.classes', { dimension: title('lifecycle'), labels: list(lang, lifecycle.series.map((s) => item(lang, s.label, s.count))) }));
  }
  // Voided and deactivated records, counted apart by the report: said under the classes they are among.
  const customers = plan.report.sections.find((s) => s.id === 'customers');
  for (const s of customers?.series ?? []) {
    if ((RECORD_STATES as readonly string[]).includes(s.id)) lines.push(say(lang, 'cli.summary.retired', { label: s.label, count: s.count }));
  }
  const { whatIf } = plan.classification;
  if (whatIf.rowsCompared > 0) {
    const changed = whatIf.dimensions.filter((d) => d.changed > 0).map((d) => item(lang, title(d.dimension), d.changed));
    let line = say(lang, 'cli.summary.whatIf', { changed: whatIf.rowsChanged, compared: whatIf.rowsCompared });
    if (changed.length > 0) line += say(lang, 'cli.summary.whatIfDimensions', { dimensions: list(lang, changed) });
    lines.push(line);
  }
  // Labels of the sheet the comparison could not read (Gold / Silver / Bronze) are said, not only counted in the JSON.
  lines.push(...unrecognizedTexts(lang, whatIf, title, (field) => headerOf(plan, field)).map((text) => `  ${text}`));
  return lines;
}
