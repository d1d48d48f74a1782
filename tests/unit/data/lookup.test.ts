import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET as data } from '@/src/data/bundled';
import { claimById, contextFor, quotePassages, responsesFor, sourceById } from '@/src/data/lookup';

describe('lookup helpers', () => {
  it('lists the answers to the Pakistani-troops claim: rejections first, then context, oldest first in each', () => {
    const answers = responsesFor(data, 'pakistan-troops-agdam-2020');
    // The Nation's "earlier this month" is October 2020, which sorts before a day within it.
    expect(answers.map((r) => [r.kind, r.date, r.speaker.name])).toEqual([
      ['rejection', '2020-10', 'Foreign Office spokesperson'],
      ['rejection', '2020-10-02', 'Zahid Hafeez Chaudri'],
      ['context', '2020-09-30', 'Ilham Aliyev'],
    ]);
  });

  it('puts answers before statements and accusations, and those before context', () => {
    const kinds = responsesFor(data, 'azerbaijan-anti-terrorist-operation-2023').map((r) => r.kind);
    expect(kinds).toEqual(['call-to-halt', 'statement', 'accusation']);
  });

  it('gives the context a card shows for a claim, and nothing for an unknown claim', () => {
    expect(contextFor(data, 'pakistan-special-forces-pashinyan-2020').map((c) => c.id)).toContain(
      'ctx-pakistan-army-chief-baku-2023',
    );
    expect(contextFor(data, 'no-such-claim')).toEqual([]);
    expect(responsesFor(data, 'no-such-claim')).toEqual([]);
    expect(claimById(data, 'no-such-claim')).toBeUndefined();
  });

  it('finds a source by its id', () => {
    expect(sourceById(data, 'src-dailytimes-2020-10-02')?.url).toMatch(/^https:\/\/dailytimes\.com\.pk\//);
    expect(sourceById(data, 'no-such-source')).toBeUndefined();
  });

  it('turns a quote into passages whether it is one string or several', () => {
    expect(quotePassages('one')).toEqual(['one']);
    expect(quotePassages(['a', 'b'])).toEqual(['a', 'b']);
  });
});
