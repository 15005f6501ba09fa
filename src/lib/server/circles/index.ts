export * from './queries';
export * from './membership';
export * from './hosting';
