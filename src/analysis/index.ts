// The analysis service: one definition per question (queries.ts), run by service.ts in node and in
// the Web Workers alike. Pure: imports only src/model, src/engine, immer and seedrandom.
export * from './queries';
export * from './errors';
export * from './service';
export * from './band';
export * from './csv';
export { fingerprint, scenarioHash, stableJson } from './fingerprint';
export type { ToWorker, FromWorker } from './protocol';
export { checkHolds, claimCondition, conditionKey, type ClaimCondition } from '../engine/claims';
export { wilsonInterval } from '../engine/batch';
export { entryRate, metricValue, outcomeShare, successRate } from '../engine/metrics';
export { troopsPerThousand } from '../engine/sweep';
export type { TornadoRange } from '../engine/sensitivity';
export * from './history';
