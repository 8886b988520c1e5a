import { resolveClassifySettings } from '../../../shared/classify/settings';
import { messageText } from '../../../shared/classify/reason';

const L = { 'zh-CN': '是', en: 'Yes' };
const rule = (...levels: unknown[]) => ({ custom: [{ id: 'tech', label: { 'zh-CN': '科技', en: 'Tech' }, levels }] });
const AT = 'classify.custom[0].levels';

describe('compileLevels: a misspelt key is a settings error, never a silent else level', () => {
  it.each<[string, unknown, string[]]>([
    ['"wehn" would make the level match every customer', rule({ id: 'yes', label: L, wehn: { field: 'industry', op: 'eq', value: '互联网' } }), [`${AT}[0].wehn`]],
    ['"lable" on a built-in tier level', { tier: [{ id: 'high', lable: L, when: { field: 'amount', op: 'gte', value: 1 } }, { id: 'low' }] }, ['classify.tier[0].lable']],
    ['"reasons" beside a good when', rule({ id: 'yes', label: L, when: { field: 'industry', op: 'notEmpty' }, reasons: 'x' }), [`${AT}[0].reasons`]],
    ['"vlaue" in a leaf', rule({ id: 'no', label: L, when: { field: 'industry', op: 'eq', vlaue: '制造业' } }), [`${AT}[0].when.vlaue`]],
    ['"feild" in a leaf inside any', rule({ id: 'yes', label: L, when: { any: [{ field: 'industry', op: 'empty' }, { feild: 'city', field: 'city', op: 'empty' }] } }), [`${AT}[0].when.any[1].feild`]],
    ['a note beside all', rule({ id: 'yes', label: L, when: { all: [{ field: 'industry', op: 'empty' }], note: '科技' } }), [`${AT}[0].when.note`]],
  ])('%s', (_why, input, paths) => {
    const { errors } = resolveClassifySettings(input);
    const unknown = errors.filter((e) => e.code === 'classify.settings.unknownKey');
    expect(unknown.map((e) => e.path)).toEqual(paths);
    for (const e of unknown) {
      expect(messageText('en', e.code, e.params)).toMatch(/^Unknown setting ".+" at .+\. Check the spelling or remove it \(known: /);
      expect(messageText('zh-CN', e.code, e.params)).toContain(e.path);
    }
  });

  it('names the keys a level and a leaf may hold', () => {
    const { errors } = resolveClassifySettings(rule({ id: 'yes', label: L, wehn: {} }, { id: 'no', label: L, when: { field: 'city', op: 'empty', vlaue: 1 } }));
    expect(errors.filter((e) => e.code === 'classify.settings.unknownKey').map((e) => e.params.known)).toEqual(['id, when, reason, label', 'field, op, value']);
  });

  it('accepts levels and conditions that use only their own keys', () => {
    const { errors } = resolveClassifySettings(
      rule(
        { id: 'yes', label: L, reason: 'classify.reason.else', when: { all: [{ field: 'industry', op: 'in', value: ['互联网', '软件'] }, { any: [{ field: 'city', op: 'notEmpty' }] }] } },
        { id: 'no', label: L },
      ),
    );
    expect(errors).toEqual([]);
  });
});
