/**
 * The JSON-LD vocabulary both directions share: the inline @context (schema.org, plus our kc:
 * extension terms) and the URNs that name our claims, answers, sources and context, so an export read
 * back finds each node's id where it wrote it.
 */

const KC_NAMESPACE = 'urn:karabakh-context:';

export const CLAIMREVIEW_CONTEXT = {
  '@vocab': 'https://schema.org/',
  kc: KC_NAMESPACE,
  // As schema.org's own context has it: a url is a link (an IRI), not a string.
  url: { '@type': '@id' },
} as const;

/** A JSON-LD node, as written or as read (nothing in it is trusted until validated). */
export type Json = Record<string, unknown>;

export const urn = (kind: string, id: string) => `${KC_NAMESPACE}${kind}:${id}`;
