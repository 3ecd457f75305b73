import { userInfo } from 'node:os';

/**
 * Who is making a change, for the change log and a version's author: the OS user name. Falls back to the
 * environment, then to "ukendt", since `userInfo` throws where the user has no entry (some containers).
 */
export function currentUserName(env: NodeJS.ProcessEnv = process.env): string {
  try {
    const name = userInfo().username.trim();
    if (name !== '') return name;
  } catch {
    // No passwd entry: use the environment below.
  }
  return env.USER?.trim() || env.USERNAME?.trim() || 'ukendt';
}
