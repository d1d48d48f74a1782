export * from './contract';
export * from './send';
export { pendingPopupClaimItem, type PendingPopupClaim } from './pending-popup-claim';
