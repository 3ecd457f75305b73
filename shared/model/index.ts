export * from './money.ts';
export * from './bounds.ts';
export * from './problem.ts';
export * from './budget.ts';
export * from './proposal.ts';
export * from './project.ts';
export * from './labels.ts';
export * from './season.ts';
