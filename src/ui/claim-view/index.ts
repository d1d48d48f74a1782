export { ClaimView, type ClaimViewProps } from './ClaimView';
export { resolveClaim, type ResolvedClaim } from './resolve';
export { CLAIM_VIEW_CSS } from './styles';
