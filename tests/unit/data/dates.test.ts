import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '@/src/data/dates';
import { validateDataset } from '@/src/data/validate';
import { samplePack } from '../packs/pack-fixture';

describe('dates are real calendar dates', () => {
  it.each(['2020', '2020-09', '2020-09-27', '2020-02-29', '2000-02-29', '2023-12-31'])('accepts %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each(['2020-13-45', '2021-02-29', '1900-02-29', '2020-00', '2020-13', '2020-04-31', '2020-01-00', '2020-1-5', '20-01-01', '2020-09-27T00:00', ' 2020'])(
    'rejects %s',
    (d) => {
      expect(isCalendarDate(d)).toBe(false);
    },
  );

  it('names the path of an impossible date in a pack', () => {
    const pack = samplePack('dates');
    pack.claims[0]!.date = '2020-13-45';
    pack.sources[0]!.date = '2021-02-29';
    const result = validateDataset(pack, 'dates.json');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['$.claims[0].date schema', '$.sources[0].date schema']);
  });
});
