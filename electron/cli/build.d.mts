export declare const BUNDLE_DIR: string;
/** The help text's file in the bundle folder (what `raaderum --help` prints). */
export declare const HELP_FILE: string;
/** Bundles the CLI into `outdir` (default out/cli) as plain JavaScript, and writes its help text beside it. */
export declare function buildCli(outdir?: string): Promise<void>;
