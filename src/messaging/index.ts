export * from './contract';
export * from './send';
export { pendingPopupClaimItem } from './pending-popup-claim';
