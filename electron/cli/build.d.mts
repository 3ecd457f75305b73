export declare const BUNDLE_DIR: string;
/** Bundles the CLI into `outdir` (default out/cli) as plain JavaScript. */
export declare function buildCli(outdir?: string): Promise<void>;
