import { emailKey, emailKeys, isRoleMailbox } from '../../../../shared/dedupe/keys/email';

describe('emailKey', () => {
  it.each([
    ['zhangwei@qq.com', 'zhangwei@qq.com', 'zhangwei@qq.com', 'plain'],
    ['ZhangWei@QQ.com', 'zhangwei@qq.com', 'zhangwei@qq.com', 'case folded'],
    ['  zhang.wei@163.com ', 'zhang.wei@163.com', 'zhang.wei@163.com', 'dots kept outside Gmail'],
    ['Zhang.Wei+crm@gmail.com', 'zhang.wei+crm@gmail.com', 'zhangwei@gmail.com', 'Gmail: dots and +tag folded'],
    ['z.w@googlemail.com', 'z.w@googlemail.com', 'zw@gmail.com', 'googlemail is Gmail'],
    ['bob+news@outlook.com', 'bob+news@outlook.com', 'bob@outlook.com', 'Outlook.com: +tag folded, dots kept'],
    ['bob+news@qq.com', 'bob+news@qq.com', 'bob+news@qq.com', '+tag kept where no sub-addressing is documented'],
    ['ｚｗ＠ｑｑ．ｃｏｍ', 'zw@qq.com', 'zw@qq.com', 'full-width'],
  ])('%s → %s / folded %s (%s)', (raw, address, folded) => {
    expect(emailKey(raw)).toMatchObject({ address, folded });
  });

  it.each([[''], ['zhangwei'], ['zhangwei@'], ['@qq.com'], ['a@b'], ['a b@qq.com x']])('no key for %j', (raw) => {
    expect(emailKey(raw)).toBeNull();
  });

  // A plain address is split at its @ without the general reading (emailKey's fast path): the key must
  // be the one the general reading gives, which spaces around the same address send it through.
  it.each([['zhangwei@qq.com'], ['Zhang.Wei+crm@Gmail.com'], ['Li_Na%2@Xingchen-Tech.com.cn'], ['sales01@xingchen.com'], ['wang..lei@a..com'], ['123@qq.com']])(
    'reads plain %s as the general reading does',
    (raw) => {
      expect(emailKey(raw)).toEqual(emailKey(` ${raw} `));
    },
  );

  it('reads several addresses in one cell', () => {
    expect(emailKeys('zw@qq.com; Li.Na@163.com').map((k) => k.address)).toEqual(['zw@qq.com', 'li.na@163.com']);
  });

  it.each([['info'], ['sales'], ['sales01'], ['sales.2'], ['kefu'], ['service'], ['no-reply']])('%s@ is a shared role mailbox', (local) => {
    expect(isRoleMailbox(local)).toBe(true);
    expect(emailKey(`${local}@xingchen.com`)?.shared).toBe(true);
  });

  it.each([['zhangwei'], ['info.zhang'], ['salesman'], ['bob'], ['hrzhang']])('%s@ is a person', (local) => {
    expect(isRoleMailbox(local)).toBe(false);
    expect(emailKey(`${local}@xingchen.com`)?.shared).toBeUndefined();
  });

  it.each([['123@qq.com'], ['1@1.com'], ['test@test.com'], ['none@none.com'], ['xxx@xxx.com'], ['zw@test.com'], ['无@无.com'], ['111111@qq.com'], ['qq@qq.com']])(
    'no key for %s, typed to fill a required cell',
    (raw) => {
      expect(emailKey(raw)).toBeNull();
    },
  );

  it.each([['214360069@qq.com'], ['zhangwei@qq.com'], ['wu@163.com'], ['na@163.com']])('a key for %s, a real-looking address', (raw) => {
    expect(emailKey(raw)).not.toBeNull();
  });
});

describe('an internationalised domain as a match key (h62 finding 8)', () => {
  it('is one mailbox with its ASCII form: info@müller.com = INFO@XN--MLLER-KVA.COM', () => {
    expect(emailKey('info@müller.com')?.address).toBe('info@xn--mller-kva.com');
    expect(emailKey('INFO@XN--MLLER-KVA.COM')?.address).toBe('info@xn--mller-kva.com');
    expect(emailKey('Info@Müller.com')?.address).toBe('info@xn--mller-kva.com');
  });

  it('and not the address its folded letters spell: info@muller.com is another company\'s', () => {
    expect(emailKey('info@muller.com')?.address).not.toBe(emailKey('info@müller.com')?.address);
  });

  it('keeps a Chinese user name at a Chinese domain: 用户@例子.公司', () => {
    expect(emailKey('用户@例子.公司')).toMatchObject({ local: '用户', domain: 'xn--fsqu00a.xn--55qx5d' });
  });
});
