import { buildBlocking } from '../../../shared/dedupe/blocking';
import { buildProfile } from '../../../shared/dedupe/profile';
import { KEYERS } from '../../../shared/dedupe/keyers';
import { records, type RowSpec } from './helpers';

function pairs(rows: RowSpec[], keys: string[], max = 64, maxFor: Record<string, number> = {}) {
  const ctx = { defaultRegion: 'CN', phoneCache: new Map() };
  const profiles = records(rows).map((r, i) => buildProfile(r, i, ctx));
  const b = buildBlocking(profiles, keys.map((k) => [k, KEYERS[k]]), max, maxFor);
  const out: [number, number][] = [];
  b.forEachPair((i, j) => out.push([i, j]));
  return { out, stats: b.stats };
}

describe('blocking', () => {
  it.each<[string, string, RowSpec, RowSpec, boolean]>([
    ['phone', 'same number, two formats', { mobile: '13812345678' }, { mobile: '+86 138 1234 5678' }, true],
    ['phone', 'blank phones never meet', { mobile: '' }, { mobile: ' ' }, false],
    ['email', 'case', { email: 'ZW@QQ.com' }, { email: 'zw@qq.com' }, true],
    ['email', 'Gmail dots', { email: 'zhang.wei@gmail.com' }, { email: 'zhangwei+crm@gmail.com' }, true],
    ['email-user', 'one mailbox, its domain mistyped', { email: 'amelia.morgan92@davidson-taylor.com' }, { email: 'amelia.morgan92@davidsn-taylor.com' }, true],
    ['email-user', 'one mailbox, the provider mistyped', { email: 'zw1990@gmial.com' }, { email: 'zw1990@gmail.com' }, true],
    ['email-user', '163 typed as 136', { email: 'wanglei1988@136.com' }, { email: 'wanglei1988@163.com' }, true],
    ['email-user', 'one user name at two real providers (namesakes as often)', { email: 'zhangwei@163.com' }, { email: 'zhangwei@126.com' }, false],
    ['email-user', 'a company mailbox and a provider one of the same user name', { email: 'john.smith@acme.com' }, { email: 'john.smith@gmail.com' }, false],
    ['email-user', 'one user name at two companies', { email: 'zhangwei@xingchen-tech.com' }, { email: 'zhangwei@yueliang-trade.cn' }, false],
    ['email-user', 'a short company domain with its top-level domain mistyped', { email: 'h.m82@hill.com' }, { email: 'h.m82@hill.om' }, true],
    ['email-user', 'role mailboxes of two companies never meet', { email: 'sales@xingchen.com' }, { email: 'sales@yueliang.cn' }, false],
    ['email-user', 'short user names never meet', { email: 'zw@qq.com' }, { email: 'zw@163.com' }, false],
    ['name-pinyin', 'homophones', { name: '张伟' }, { name: '张玮' }, true],
    ['name-pinyin', 'polyphone surname read either way', { name: '曾伟' }, { name: 'Ceng Wei' }, true],
    ['name-pinyin', 'Chinese and pinyin in Western order', { name: '张伟' }, { name: 'Wei Zhang' }, true],
    ['name-latin', 'nickname', { name: 'Bob Smith' }, { name: 'Robert Smith' }, true],
    ['name-latin', 'a word put before names and left out at will (Mohammed Ali Khan / Ali Khan)', { name: 'Mohammed Ali Khan' }, { name: 'Ali Khan' }, true],
    ['name-latin', 'another given name in front (John Michael Smith / Michael Smith)', { name: 'John Michael Smith' }, { name: 'Michael Smith' }, false],
    ['name-company', 'Sri Ramesh Kumar / Ramesh Kumar of one company', { name: 'Sri Ramesh Kumar', company: 'Kumar Traders' }, { name: 'Ramesh Kumar', company: 'Kumar Traders' }, true],
    ['name-sound', 'typo in the family name', { name: 'Robert Allen' }, { name: 'Robert Alan' }, true],
    ['name-company', 'same person, company spelled two ways', { name: '张伟', company: '星辰科技' }, { name: '张玮', company: '北京星辰科技有限公司' }, true],
    ['company', 'organisation rows by company core', { company: '星辰科技（北京）' }, { company: '北京星辰科技有限公司' }, true],
    ['company', 'people do not meet by company alone', { name: '李娜', company: '星辰科技' }, { name: '刘洋', company: '星辰科技' }, false],
    ['birthday', 'birthday and surname initial', { name: '张伟', birthday: '1985-03-07' }, { name: '章薇', birthday: '1985-03-07' }, true],
    ['birthday', 'same birthday, other initials', { name: '张伟', birthday: '1985-03-07' }, { name: '李娜', birthday: '1985-03-07' }, false],
    ['id-card', 'ID with spaces', { idCard: '110105 19491231 002X' }, { idCard: '11010519491231002x' }, true],
  ])('%s: %s → %s', (keyer, _why, a, b, meet) => {
    expect(pairs([a, b], [keyer]).out.length > 0).toBe(meet);
  });

  it('produces each pair once even when rows share several keys', () => {
    const row: RowSpec = { name: '张伟', mobile: '13812345678', email: 'zw@qq.com', company: '星辰科技' };
    expect(pairs([row, row, row], ['phone', 'email', 'name-pinyin', 'name-company']).out).toEqual([[0, 1], [0, 2], [1, 2]]);
  });

  it('skips blocks over the cap, per keyer', () => {
    const rows: RowSpec[] = Array.from({ length: 10 }, () => ({ name: '王伟', mobile: '13812345678' }));
    const r = pairs(rows, ['phone', 'name-pinyin'], 64, { 'name-pinyin': 8 });
    expect(r.stats.skippedBlocks).toEqual({ 'name-pinyin': 1 });
    expect(r.stats.blockPairs).toEqual({ phone: 45 });
    expect(r.out).toHaveLength(45);
  });
});
