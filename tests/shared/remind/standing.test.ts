import { readRelationship, readStanding, readStandingText } from '../../../shared/remind/standing';
import { d, rec } from '../classify/helpers';

describe('what a status, type or tags cell says of where the customer stands', () => {
  it.each<[string, 'doNotContact' | 'ended' | 'paused' | null, string]>([
    ['黑名单', 'doNotContact', 'blacklisted'],
    ['黑名单客户', 'doNotContact', 'with the 客户 suffix'],
    ['黑名单（恶意拖欠）', 'doNotContact', 'a note in brackets'],
    ['VIP，黑名单', 'doNotContact', 'one tag of several'],
    ['老客户┋黑名单', 'doNotContact', '问卷星 joins a multiple choice\'s answers with ┋'],
    ['"Do Not Contact","VIP"', 'doNotContact', 'Mailchimp quotes each tag'],
    ['* myContacts ::: 黑名单', 'doNotContact', 'Google Contacts joins its labels with " ::: "'],
    ['老客户:::黑名单', 'doNotContact', 'the same typed without its spaces'],
    ['请勿联系', 'doNotContact', 'do not contact'],
    ['已故', 'doNotContact', 'deceased: never a birthday greeting'],
    ['已注销', 'ended', 'a company wound up: the account ended, its boss no one barred (h72 #23)'],
    ['已停止', 'ended', 'a 代账 firm\'s service stopped (h72 #4)'],
    ['服务已终止', 'ended', 'the service terminated'],
    ['Non-Renewed', 'ended', 'a policy the carrier would not renew (h73 #11)'],
    ['Carrier non-renewed', 'ended', 'said with who did it'],
    ['Disengaged', 'ended', 'a UK practice\'s client let go (h73 #12)'],
    ['Dissolved', 'ended', 'a company struck off'],
    ['Moved away', 'ended', 'a tenant or patient gone'],
    ['服务中', null, 'being served: no standing, a current customer (existing-labels.ts RUNNING_WORDS)'],
    ['在租', null, 'a tenant still renting'],
    ['无效', 'doNotContact', 'an invalid lead'],
    ['Do Not Contact', 'doNotContact', 'English, any case'],
    ['Unsubscribed', 'doNotContact', 'opted out of mail'],
    ['已流失', 'ended', 'churned'],
    ['流失客户', 'ended', 'churned, as a customer type'],
    ['已流失-2023', 'ended', 'a year after a dash'],
    ['停止合作（2024.3）', 'ended', 'cooperation stopped, with a date'],
    ['已解约', 'ended', 'contract cancelled'],
    ['退保', 'ended', 'an insurance policy surrendered'],
    ['输单', 'ended', 'a deal lost'],
    ['Closed Lost', 'ended', 'a CRM stage'],
    ['closed-lost customer', 'ended', 'hyphenated, with a suffix'],
    ['Former customer', 'ended', 'a former customer'],
    ['Lost - moved away', 'ended', 'a reason after the word'],
    ['无意向', 'ended', 'a lead that said no'],
    ['Unqualified', 'ended', 'a lead the rep disqualified'],
    ['已流失，黑名单', 'doNotContact', 'the stricter of two'],
    ['正常', null, 'an ordinary status'],
    ['跟进中', null, 'being followed up'],
    ['合作中', null, 'cooperating'],
    ['流失预警', null, 'at risk of churning is not churned'],
    ['投诉中 勿联系', 'doNotContact', 'Chinese words a space sets apart are two things'],
    ['VIP 黑名单', 'doNotContact', 'a tag beside a blacklist'],
    ['流失 预警', null, 'a risk written with a space is still a risk'],
    ['已转保', 'ended', 'the car owner moved to another insurer (h62)'],
    ['转投他司', 'ended', 'the same, said of the rival'],
    ['续保战败', 'ended', 'a 4S rep\'s renewal lost to a rival'],
    ['脱保', 'ended', 'the cover lapsed, as Lapsed'],
    ['退租', 'ended', 'the tenant moved out'],
    ['Lost to competitor', 'ended', 'an agent\'s renewal lost'],
    ['Moved out', 'ended', 'a tenant gone'],
    ['转保', null, 'a 4S\'s 转保客户 came over from a rival: no loss'],
    ['未续保', null, 'a renewal not made yet is the rep\'s work'],
    ['不续保', null, 'said he may not renew: still to be won'],
    ['续租中', null, 'a lease being renewed'],
    ['Not renewed', null, 'a renewal still to make'],
    ['未 流失', null, 'a negation written apart'],
    ['疑似流失', null, 'suspected churn is not churned'],
    ['未流失', null, 'not churned'],
    ['not lost', null, 'a word denied'],
    ['有效', null, 'valid'],
    ['Closed Won', null, 'a deal won'],
    ['休眠', null, 'dormant: exactly whom reminders should reach'],
    ['已退费', 'ended', 'a school\'s family took its money back'],
    ['退费（已退8节）', 'ended', 'refunded, with a note'],
    ['退学', 'ended', 'a student withdrew'],
    ['退课', 'ended', 'a course dropped'],
    ['退卡', 'ended', 'a salon\'s member card returned'],
    ['已退款', null, 'an order refunded: no customer gone'],
    ['退款中', null, 'a refund under way'],
    ['全额退款', null, ''],
    ['销卡', 'ended', 'a member card closed'],
    ['不续费', 'ended', 'said he will not renew'],
    ['部分退款', null, 'a partial refund: still a customer'],
    ['未退费', null, 'not refunded'],
    ['结课', null, 'a course finished: the moment to sell the next one'],
    ['Refunded', null, 'an order or invoice refunded'],
    ['Dropped out', 'ended', 'a student left'],
    ['Withdrawn', 'ended', 'a student withdrawn'],
    ['Cancelled membership', 'ended', 'a membership cancelled'],
    ['停课', 'paused', 'classes paused (abroad for a term)'],
    ['停卡', 'paused', 'a member card frozen'],
    ['休学', 'paused', 'a student\'s leave of absence'],
    ['已停课', 'paused', 'with 已'],
    ['Membership on hold', 'paused', 'English: a membership\'s words only'],
    ['暂停', null, 'a B2B account paused is no member\'s pause: its renewal still comes'],
    ['冻结', null, 'a finance freeze'],
    ['暂停跟进', null, 'the rep stopped following up'],
    ['资金冻结', null, ''],
    ['On hold', null, 'a deal on hold'],
    ['Suspended', null, 'an account suspended'],
    ['Paused', null, ''],
    ['Frozen', null, ''],
    ['Payment on hold', null, 'a phrase inside a longer status'],
    ['Suspended - unpaid invoice', null, ''],
    ['Lead - on hold', null, ''],
    ['停课，已退费', 'ended', 'the stricter of two'],
    ['停卡，黑名单', 'doNotContact', 'the strictest of two'],
    ['inactive', null, 'inactive is dormant, not ended'],
    ['', null, 'blank'],
    ['已过世', 'doNotContact', 'deceased, with 已: never a birthday greeting'],
    ['已過世', 'doNotContact', 'traditional characters'],
    ['黑名單', 'doNotContact', 'blacklisted, traditional'],
    ['請勿聯繫', 'doNotContact', 'do not contact, traditional'],
    ['請勿聯絡', 'doNotContact', 'do not contact, as Taiwan writes it'],
    ['已流失 2023', 'ended', 'a year after a space'],
    ['VIP, Do Not Contact', 'doNotContact', 'a phrase that is one tag of several'],
    ['Customer - Do not call', 'doNotContact', 'a phrase after a spaced dash'],
    ['Newsletter, Opted Out', 'doNotContact', 'opted out, as a tag'],
    ['Please do not contact', 'doNotContact', 'a phrase is a run of whole words of its part'],
    ['Invalid phone - email only', null, 'an invalid phone number is no reason to stop reminding'],
    ['Former board member', null, 'former on its own word is churned, not inside another phrase'],
    ['Lost contact - re-engage', null, 'lost contact is a customer to win back, not one who left'],
    ['Re-engage lost', null, 'one word of a part is not the part'],
  ])('%j → %s (%s)', (text, expected) => {
    expect(readStandingText(text)).toBe(expected);
  });

  it('reads the status, customer type and tags columns, the strictest winning, and nothing else', () => {
    expect(readStanding(rec(2, { name: '王芳', status: '正常', tags: '大客户, 黑名单' }))).toBe('doNotContact');
    expect(readStanding(rec(2, { name: '王芳', customerType: '流失客户', status: '跟进中' }))).toBe('ended');
    expect(readStanding(rec(2, { name: '黑名单', company: '已注销' }))).toBeNull();
  });

  // A remark is free text: only one that is mainly a leaving word says so, by its first part: 已流失 is
  // ended, a 黑名单 leading the remark marks him not to be contacted as a 黑名单 status does (tester h68 #7).
  // A request for no calls (勿联系, do not call) anywhere in it is his wish, stricter than his leaving (tester h71 #10).
  it('reads a remark that is mainly a leaving word (已流失) by its first part, and a word inside a longer remark as nothing', () => {
    expect(readStanding(rec(2, { name: '王芳', notes: '已流失' }))).toBe('ended');
    expect(readStanding(rec(2, { name: '王芳', notes: '已流失，勿联系' }))).toBe('doNotContact');
    expect(readRelationship(rec(2, { name: '王芳', notes: '已流失，勿联系' }))).toBe('ended');
    expect(readStanding(rec(2, { name: '王芳', notes: '黑名单' }))).toBe('doNotContact');
    expect(readStanding(rec(2, { name: '王芳', notes: '黑名单：损坏家具未赔偿' }))).toBe('doNotContact');
    expect(readStanding(rec(2, { name: '王芳', notes: '休学' }))).toBe('paused');
    expect(readStanding(rec(2, { name: '王芳', notes: '朋友说她已流失' }))).toBeNull();
    expect(readStanding(rec(2, { name: '王芳', notes: '差点退学，已挽回' }))).toBeNull();
    // A phrase inside a longer remark is how to reach him, not that he left (Zoho's Description).
    expect(readStanding(rec(2, { name: 'Anne Kowalski', notes: 'Do not call before 10am' }))).toBeNull();
    expect(readStanding(rec(2, { name: 'Anne Kowalski', notes: 'Please do not contact on weekends' }))).toBeNull();
    expect(readStanding(rec(2, { name: '王芳', notes: '周末勿扰，工作日联系' }))).toBeNull();
    expect(readStanding(rec(2, { name: '孙悦', notes: '（2024，转校）已退学' }))).toBe('ended');
    expect(readStanding(rec(2, { name: '孙悦', notes: '已退卡（转校，费用已退）' }))).toBe('ended');
  });

  it('reads a day the relationship ended (Churned At, 解约日期) as ended; a status saying more still wins', () => {
    expect(readStanding(rec(2, { name: 'Hank Scorpio', endedAt: d('2024-05-31') }))).toBe('ended');
    expect(readStanding(rec(2, { name: '王芳', status: '黑名单', endedAt: d('2024-05-31') }))).toBe('doNotContact');
    expect(readStanding(rec(2, { name: '王芳', endedAt: '无' }))).toBeNull();
  });

  // HubSpot's Lead Status (Unqualified) and a Chinese CRM's 跟进状态 (无意向) say how a lead was turned
  // down. Beside a Lifecycle Stage or 客户类型 of Customer / 老客户 the row is a customer, whose lead
  // status was never cleared: nothing says he left.
  it.each<[Record<string, string>, 'doNotContact' | 'ended' | 'paused' | null, string]>([
    [{ customerType: 'Customer', status: 'Unqualified' }, null, 'HubSpot: a Customer whose old Lead Status says Unqualified'],
    [{ customerType: 'Evangelist', status: 'Bad fit' }, null, 'an Evangelist is a customer too'],
    [{ customerType: '老客户', status: '无意向' }, null, 'a 老客户 whose 跟进状态 says 无意向'],
    [{ customerType: 'Lead', status: 'Unqualified' }, 'ended', 'a lead turned down: nothing to chase'],
    [{ status: 'Not interested' }, 'ended', 'no lifecycle column: as before'],
    [{ customerType: 'Customer', status: 'Churned' }, 'ended', 'a customer who left still has'],
    [{ customerType: 'Customer', status: 'Unqualified, Do not call' }, 'doNotContact', 'do not call still silences him'],
    [{ customerType: '老客户', status: '停课，不感兴趣' }, 'paused', 'a pause beside the lead word still holds'],
  ])('%j → %s (%s)', (fields, expected) => {
    expect(readStanding(rec(2, { name: 'Sophie Nguyen', ...fields }))).toBe(expected);
  });

  it('reads a paused status beside a stricter tag or an end date as the stricter', () => {
    expect(readStanding(rec(2, { name: '韩若汐', status: '停课', tags: '已退费' }))).toBe('ended');
    expect(readStanding(rec(2, { name: '韩若汐', status: '停课', endedAt: d('2024-05-31') }))).toBe('ended');
    expect(readStanding(rec(2, { name: '韩若汐', status: '停课' }))).toBe('paused');
  });
});
