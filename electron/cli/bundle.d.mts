/** The newest modification time (ms) of the .ts files under `dirs`, tests left out. */
export declare function newestSource(dirs: readonly string[]): number;
/** The bundle's entry file when it is there and not older than `sourceDirs`; otherwise undefined. */
export declare function freshBundle(bundleDir: string, sourceDirs: readonly string[]): string | undefined;
