// Public exports of the engine: a plain list of re-exports (each module adds its own line).
export * from './rng';
export * from './formulas';
export * from './core';
export * from './entry';
export * from './control';
export * from './plan';
export * from './campaign';
export * from './play';
export * from './batch';
export * from './sweep';
export * from './metrics';
export * from './sensitivity';
export * from './claims';
