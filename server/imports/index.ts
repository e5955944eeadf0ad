/** The importer's public face: the service, its report, recovery at start-up and templates. */
export { ImportService, ImportInputError, EMPTY_CELL_NOTE } from './service.js';
export type { ImportReport, FileReport, ImportOptions, ImportServiceOptions, ImportProgress } from './service.js';
export { recoverInterruptedImports, type RecoveryResult } from './journal.js';
export { ERROR_CODES, WARNING_CODES, type ErrorCode, type WarningCode, type ImportIssue, type IssueCount } from './issues.js';
export { FILE_NAMES, FILE_SPECS, type FileName } from './spec.js';
export { csvTemplate, xlsxTemplate, templateFor } from './templates.js';
export { formatReport } from './format.js';
export { ImportConflictError } from './write.js';
