export { loadOverview } from './overview';
export type { AttentionReason, CircleHealth, Figure, Overview } from './overview';
export { overviewCsv, type CsvWords } from './csv';
export { SMALL_COUNT } from './suppression';
