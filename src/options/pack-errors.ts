/** An import error as the reader reads it: file, JSON path, the rule in their language and its name, the detail. */
import { t, type MessageKey } from '@/src/i18n/t';
import type { PackError, PackRule } from '@/src/packs/types';

const RULE_TEXT: Record<PackRule, MessageKey> = {
  json: 'optionsRuleJson',
  schema: 'optionsRuleSchema',
  'https-only': 'optionsRuleHttpsOnly',
  'unsafe-url': 'optionsRuleUnsafeUrl',
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
  size: 'optionsRuleSize',
  format: 'optionsRuleFormat',
  markup: 'optionsRuleMarkup',
  storage: 'optionsRuleStorage',
};

export function describePackError(e: PackError): string {
  return t('optionsImportErrorItem', [e.file, e.path, t(RULE_TEXT[e.rule]), e.rule, e.message]);
}
