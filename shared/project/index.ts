/**
 * The `.raaderum` project document.
 *   createProject(settings?, budget?) → Project
 *   serializeProject(project, { gzip?, savedBy? }?) → Uint8Array   (versioned JSON; gzip above 256 KiB;
 *     throws SaveError project.unsaveable, before writing anything, for what the loader would refuse)
 *   parseProject(bytes, fileName?) → Project   (throws ReadError: project.empty | project.not-a-project |
 *     project.damaged | project.newer-version | project.too-large; older versions are migrated)
 * The limits both apply (amounts, counts, inflated size) are in `limits.ts`, the shared checks in `validate.ts`.
 * Node code loads and saves files with `electron/node/project-file.ts` (atomic, keeps `.bak`).
 */
export * from './document.ts';
export { CURRENT_VERSION, FORMAT } from './schema.ts';
export { migrations, type Migration } from './migrations.ts';
