export * from './contract.ts';
export * from './commands.ts';
