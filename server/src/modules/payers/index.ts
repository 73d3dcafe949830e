export * from './payers.tables.ts';
export { createPayersService, type PayersService } from './payers.service.ts';
export { payersRoutes } from './payers.routes.ts';
export { type RulePack, type Template } from './rule-packs.ts';
export { DEFAULT_RULE_PACKS, CLAIM_FORMATS } from './rule-pack-templates.ts';
