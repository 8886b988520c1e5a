/**
 * A "+tag" after the user name reaches the same mailbox at the providers that document sub-addressing
 * (Outlook.com / Hotmail / Live, iCloud, Fastmail, Proton), as at Gmail: a customer who signed up for a
 * loyalty scheme as sophie.tran+rewards@outlook.com is Sophie.Tran@Outlook.com (tester h73 #17: a
 * weak "spelled alike" only, not merged). Only Gmail ignores dots: at Outlook, sophie.tran and
 * sophietran are two mailboxes. Yahoo's disposable addresses (base-keyword) take a base name of their
 * own, not the user name, so a hyphen there is part of the name. A company's own domain is left alone:
 * whether it honours +tags is its own server's choice.
 */
import { emailKey } from '../../../shared/dedupe/keys/email';
import { comparePair, compileSettings } from '../../../shared/dedupe/compare';
import { buildProfile } from '../../../shared/dedupe/profile';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { t } from '../../../shared/i18n';
import { records, type RowSpec } from './helpers';

const compiled = compileSettings(DEFAULT_DEDUPE_SETTINGS);
function emailLevel(a: RowSpec, b: RowSpec): string | undefined {
  const ctx = { defaultRegion: 'GB', phoneCache: new Map() };
  const [pa, pb] = records([a, b]).map((r, i) => buildProfile(r, i, ctx));
  return comparePair(pa, pb, compiled).hits.find((h) => h.comparison === 'email')?.level;
}

describe('a +tag reaches the same mailbox at providers that document sub-addressing', () => {
  it.each([
    ['sophie.tran+rewards@outlook.com', 'sophie.tran@outlook.com'],
    ['Mark.Ellis+ebay@Hotmail.co.uk', 'mark.ellis@hotmail.co.uk'],
    ['jkelly+shop@live.com', 'jkelly@live.com'],
    ['anna.b+orders@icloud.com', 'anna.b@icloud.com'],
    ['tom+newsletter@me.com', 'tom@me.com'],
    ['rhys+salon@fastmail.com', 'rhys@fastmail.com'],
    ['lena.k+crm@proton.me', 'lena.k@proton.me'],
    ['lena.k+crm@protonmail.com', 'lena.k@protonmail.com'],
  ])('%s is the mailbox %s', (written, folded) => {
    expect(emailKey(written)?.folded).toBe(folded);
  });

  it.each([
    ['sophie.tran@outlook.com', 'dots are part of an Outlook user name'],
    ['john-smith@yahoo.com', 'a hyphen at Yahoo is part of the name'],
    ['sales+uk@xingchen-tech.com', 'a company\'s own server decides its +tags'],
    ['zhangwei+1@qq.com', 'QQ Mail documents no sub-addressing'],
  ])('%s keeps its user name whole (%s)', (written) => {
    expect(emailKey(written)?.folded).toBe(written);
  });

  it('two rows of one Outlook mailbox, one tagged, are the same mailbox, said so', () => {
    expect(emailLevel({ name: 'Sophie Tran', email: 'sophie.tran+rewards@outlook.com' }, { name: 'Sophie Tran', email: 'Sophie.Tran@Outlook.com' })).toBe('tag');
    expect(t('en', 'dedupe.reason.email.tag')).toBe('same mailbox ignoring its +tag');
    expect(t('zh-CN', 'dedupe.reason.email.tag')).toBe('邮箱相同（忽略 +后缀）');
  });

  it('Gmail keeps its own level and reason; two Outlook user names with and without a dot stay apart', () => {
    expect(emailLevel({ email: 'zhang.wei+crm@gmail.com' }, { email: 'zhangwei@gmail.com' })).toBe('gmail');
    expect(emailLevel({ email: 'sophie.tran@outlook.com' }, { email: 'sophietran@outlook.com' })).not.toBe('tag');
  });
});
