import { emailKey, emailKeys, isRoleMailbox } from '../../../../shared/dedupe/keys/email';

describe('emailKey', () => {
  it.each([
    ['zhangwei@qq.com', 'zhangwei@qq.com', 'zhangwei@qq.com', 'plain'],
    ['ZhangWei@QQ.com', 'zhangwei@qq.com', 'zhangwei@qq.com', 'case folded'],
    ['  zhang.wei@163.com ', 'zhang.wei@163.com', 'zhang.wei@163.com', 'dots kept outside Gmail'],
    ['Zhang.Wei+crm@gmail.com', 'zhang.wei+crm@gmail.com', 'zhangwei@gmail.com', 'Gmail: dots and +tag folded'],
    ['z.w@googlemail.com', 'z.w@googlemail.com', 'zw@gmail.com', 'googlemail is Gmail'],
    ['bob+news@outlook.com', 'bob+news@outlook.com', 'bob+news@outlook.com', '+tag kept outside Gmail'],
    ['ｚｗ＠ｑｑ．ｃｏｍ', 'zw@qq.com', 'zw@qq.com', 'full-width'],
  ])('%s → %s / folded %s (%s)', (raw, address, folded) => {
    expect(emailKey(raw)).toMatchObject({ address, folded });
  });

  it.each([[''], ['zhangwei'], ['zhangwei@'], ['@qq.com'], ['a@b'], ['a b@qq.com x']])('no key for %j', (raw) => {
    expect(emailKey(raw)).toBeNull();
  });

  it('reads several addresses in one cell', () => {
    expect(emailKeys('a@qq.com; B@163.com').map((k) => k.address)).toEqual(['a@qq.com', 'b@163.com']);
  });

  it.each([['info'], ['sales'], ['sales01'], ['sales.2'], ['kefu'], ['service'], ['no-reply']])('%s@ is a shared role mailbox', (local) => {
    expect(isRoleMailbox(local)).toBe(true);
    expect(emailKey(`${local}@xingchen.com`)?.shared).toBe(true);
  });

  it.each([['zhangwei'], ['info.zhang'], ['salesman'], ['bob'], ['hrzhang']])('%s@ is a person', (local) => {
    expect(isRoleMailbox(local)).toBe(false);
    expect(emailKey(`${local}@xingchen.com`)?.shared).toBeUndefined();
  });
});
