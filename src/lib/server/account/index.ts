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
