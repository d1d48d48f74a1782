import type { Dataset } from '@/src/data/schema';

/** A small valid pack whose ids all start with `prefix`, so two of them never collide. */
export function samplePack(prefix = 'test', title = 'Test pack'): Dataset {
  return {
    version: 1,
    id: `${prefix}-pack`,
    title,
    claims: [
      {
        id: `${prefix}-claim-1`,
        statement: 'Foreign fighters were sent to Nagorno-Karabakh in 2020.',
        claimants: [{ name: 'An example agency', role: 'made the claim' }],
        date: '2020-10-01',
        sourceIds: [`${prefix}-source-1`],
        phrasings: ['foreign fighters were sent to Nagorno-Karabakh'],
        tags: ['2020'],
      },
    ],
    responses: [
      {
        id: `${prefix}-response-1`,
        claimId: `${prefix}-claim-1`,
        kind: 'denial',
        speaker: { name: 'A spokesperson', organisation: 'A ministry' },
        quote: 'These reports are baseless.',
        date: '2020-10-02',
        sourceId: `${prefix}-source-1`,
      },
    ],
    sources: [
      { id: `${prefix}-source-1`, publisher: 'Example News', headline: 'A headline', date: '2020-10-02', url: 'https://example.org/a' },
    ],
    context: [],
  };
}
