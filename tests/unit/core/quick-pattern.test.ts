import { describe, expect, it } from 'vitest';
import { QUICK_PATTERN } from '@/src/core/quick-pattern';
import { mayMention } from '@/src/core/mentions';
import { quickPatternSources } from '@/src/core/quick-pattern-sources';
import { NAMES } from '@/src/core/names';
import { MENTION_PATTERN } from '@/src/core/mention-pattern';
import { mentionPatternSources } from '@/src/core/mention-pattern-sources';

describe('the generated quick pattern', () => {
  it('is the one the names table gives now (else run npm run gen:quick-pattern)', () => {
    expect(QUICK_PATTERN).toEqual(quickPatternSources());
  });

  it('lets no name through the ASCII shortcut that the full pattern would catch', () => {
    // Every spelling, and every spelling upper-cased, must pass mayMention.
    for (const { spelling } of NAMES) {
      for (const text of [`In ${spelling} today.`, `IN ${spelling.toUpperCase()} TODAY.`]) {
        expect(mayMention(text), text).toBe(true);
      }
    }
  });
});

describe('the generated mention pattern', () => {
  it('is the one the names table gives now (else run npm run gen:quick-pattern)', () => {
    expect(MENTION_PATTERN).toEqual(mentionPatternSources());
  });
});
