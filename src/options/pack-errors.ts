/** An import error as the reader reads it: file, JSON path, the rule in their language and its name, the detail. */
import type { MoreErrors } from '@/src/data/errors';
import { formatNumber, t, type MessageKey } from '@/src/i18n/t';
import type { PackError, PackRule } from '@/src/packs/types';

const RULE_TEXT: Record<PackRule, MessageKey> = {
  size: 'optionsRuleSize',
  json: 'optionsRuleJson',
  depth: 'optionsRuleDepth',
  length: 'optionsRuleLength',
  schema: 'optionsRuleSchema',
  'https-only': 'optionsRuleHttpsOnly',
  'unsafe-url': 'optionsRuleUnsafeUrl',
  'unsafe-text': 'optionsRuleUnsafeText',
  markup: 'optionsRuleMarkup',
  'link-host': 'optionsRuleLinkHost',
  'lookalike-host': 'optionsRuleLookalikeHost',
  'unique-id': 'optionsRuleUniqueId',
  reference: 'optionsRuleReference',
  'claim-source': 'optionsRuleClaimSource',
  'claim-answered': 'optionsRuleClaimAnswered',
  'verified-url': 'optionsRuleVerifiedUrl',
  'attributive-wording': 'optionsRuleAttributiveWording',
  'loaded-term': 'optionsRuleLoadedTerm',
  'phrasing-source': 'optionsRulePhrasingSource',
  'date-qualifier': 'optionsRuleDateQualifier',
  'self-confirmation': 'optionsRuleSelfConfirmation',
  'answer-before-claim': 'optionsRuleAnswerBeforeClaim',
  format: 'optionsRuleFormat',
  read: 'optionsRuleRead',
  stored: 'optionsRuleStored',
  storage: 'optionsRuleStorage',
  internal: 'optionsRuleInternal',
};

/**
 * Wraps text the reader did not write (a file name, a pack's words) in a first-strong isolate, the
 * plain-text <bdi>: whatever direction it runs in, it cannot reorder the sentence around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function describePackError(e: PackError): string {
  return t('optionsImportErrorItem', [isolate(e.file), e.path, t(RULE_TEXT[e.rule]), e.rule, isolate(e.message)]);
}

export function describeMoreErrors(more: MoreErrors): string {
  return t(more.atLeast ? 'optionsImportMoreErrorsAtLeast' : 'optionsImportMoreErrors', formatNumber(more.count));
}
