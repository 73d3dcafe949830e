export {
  createAudit,
  sealPendingEvents,
  verifyChain,
  chainHash,
  GENESIS_HASH,
  type Audit,
  type AuditAction,
  type AuditEntry,
  type ChainVerdict,
} from './audit.ts';
export { auditEvents, auditChain } from './audit.tables.ts';
