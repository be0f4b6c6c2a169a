// The user's own configuration, outside any repository: which repositories the user
// trusts to run code (plugins, `*-command` and `*-url` options) without --allow-exec, as
// git's safe.directory trusts repositories. A repository cannot write this file.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { ConfigError } from './config.js';

type Env = Readonly<Record<string, string | undefined>>;

/** `$PYCODEMOD_USER_CONFIG`, else `$XDG_CONFIG_HOME/pycodemod/config.toml`, else `~/.config/...`. */
export function userConfigPath(env: Env): string | null {
  if (env.PYCODEMOD_USER_CONFIG) return resolve(env.PYCODEMOD_USER_CONFIG);
  const base = env.XDG_CONFIG_HOME || (env.HOME ? join(env.HOME, '.config') : null);
  return base ? join(base, 'pycodemod', 'config.toml') : null;
}

/** The directories whose configurations may run code: `allow-exec = true` trusts every one. */
export function trustedRoots(env: Env): readonly string[] | 'all' {
  const file = userConfigPath(env);
  if (!file || !existsSync(file)) return [];
  let document: Record<string, unknown>;
  try {
    document = parseToml(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`${file} is not valid TOML: ${(error as Error).message.split('\n')[0]}`);
  }
  for (const key of Object.keys(document)) {
    if (key !== 'allow-exec') throw new ConfigError(`${file}: unknown key '${key}'; valid keys: allow-exec (true, or a list of directories whose configuration may run code)`);
  }
  const value = document['allow-exec'];
  if (value === undefined || value === false) return [];
  if (value === true) return 'all';
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) {
    throw new ConfigError(`${file}: allow-exec must be true, false or a list of directories, e.g. allow-exec = ["~/src/myproject"]; got ${JSON.stringify(value)}`);
  }
  const home = env.HOME ?? homedir();
  return (value as string[]).map((entry) => {
    const expanded = entry === '~' || entry.startsWith('~/') ? join(home, entry.slice(1)) : entry;
    if (!isAbsolute(expanded)) throw new ConfigError(`${file}: allow-exec entries must be absolute directories (or start with ~/); got ${JSON.stringify(entry)}`);
    return resolve(expanded);
  });
}

/** Whether the user's configuration trusts the repository whose configuration lives in `root`. */
export function userTrusts(root: string, env: Env): boolean {
  const roots = trustedRoots(env);
  if (roots === 'all') return true;
  const directory = resolve(root);
  return roots.some((trusted) => directory === trusted || directory.startsWith(trusted.endsWith(sep) ? trusted : trusted + sep));
}
