import { describe, expect, it } from 'vitest';
import { isAboutTopic, topicScore } from '@/src/core/gate';
import { mayMention } from '@/src/core/mentions';

describe('page gate', () => {
  it('passes a page naming the region once', () => {
    expect(isAboutTopic('Talks on Nagorno-Karabakh resumed.')).toBe(true);
    expect(isAboutTopic('Переговоры по Карабаху возобновились.')).toBe(true);
  });

  it('does not pass a page whose only name is an ambiguous place', () => {
    expect(isAboutTopic('Ganja is a word in several languages; Ganja also names a city.')).toBe(false);
    expect(isAboutTopic('Ganja Ganja Ganja Ganja Ganja Ganja')).toBe(false);
  });

  it('weighs places below the region but lets several of them add up', () => {
    expect(topicScore('Stepanakert')).toBeLessThan(topicScore('Karabakh'));
    expect(isAboutTopic('Stepanakert')).toBe(false);
    expect(isAboutTopic('Shelling hit Stepanakert and Shusha overnight; Stepanakert lost power.')).toBe(true);
  });

  it('gives 0 to a page without names, and the quick test says so without folding', () => {
    const text = 'Markets rose in Karachi and Kabul as talks continued. '.repeat(50);
    expect(topicScore(text)).toBe(0);
    expect(mayMention('Markets rose in Lahore as talks continued.')).toBe(false);
  });
});
