/** A settings file with several mistakes gets them all named in one run, not one per try. */
import { resolveSettings } from '../../../shared/settings/resolve';

const codes = (input: unknown) => {
  const r = resolveSettings(input);
  return r.ok ? [] : r.errors.map((e) => [e.code, e.params?.path ?? e.params?.setting]);
};

describe('mistakes of the schema and of the stages together', () => {
  it('names a lower-case region, a city for a time zone and a misspelt reminder rule at once', () => {
    const found = codes({ phone: { defaultRegion: 'cn' }, dates: { timeZone: 'Beijing' }, remind: { contracts: {} } });
    expect(found.map(([code]) => code)).toEqual(['settings.regionGuess', 'settings.timeZone', 'remind.settings.unknownRule']);
  });

  it('a misspelt top-level key does not hide a crossed dedupe threshold', () => {
    const found = codes({ lanugage: 'en', dedupe: { thresholds: { likely: 0.5, review: 0.9 } } });
    expect(found[0]).toEqual(['settings.unknownKey', 'lanugage']);
    expect(found.length).toBeGreaterThan(1);
  });

  it('a part the schema refuses is not checked again by its stage: one mistake, said once', () => {
    expect(codes({ remind: 5 }).map(([code]) => code)).toEqual(['settings.invalid']);
  });

  it('a document that is no object is one mistake', () => {
    expect(codes([1, 2]).map(([code]) => code)).toEqual(['settings.invalid']);
  });
});
