export * from './browsers';
export * from './fixture-server';
export * from './page-helpers';
export { ensureGeneratedFixtures } from './generated-fixtures';
export { axeViolations } from './axe';
export * from './card-root';
