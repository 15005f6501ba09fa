export type { Database, Sql } from './types';
export { withUser, asService, type Actor } from './session';
