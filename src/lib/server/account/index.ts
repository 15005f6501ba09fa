export {
	exportMyData,
	readMyData,
	exportFileName,
	EXPORT_COVERAGE,
	EXPORT_EXCLUDED,
	type AccountExport,
	type ExportSection
} from './export';
export {
	eraseMyAccount,
	lastHostedCircles,
	disconnectUserSockets,
	tombstoneMessage,
	type EraseResult,
	type HostedCircle
} from './erase';
export { applyRetention, RETENTION, type RetentionCounts } from './retention';
export {
	giveAccess,
	revokeAccess,
	myGrants,
	grantWorkers,
	grantsForWorker,
	readGrant,
	GrantError,
	GRANT_SCOPES,
	GRANT_MIN_DAYS,
	GRANT_MAX_DAYS,
	type Grant,
	type GrantScope
} from './grants';
