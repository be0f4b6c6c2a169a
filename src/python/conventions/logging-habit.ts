// How one module logs, read from its text: the module-level logger it makes (`LOG =
// logging.getLogger(__name__)`), the import its logging module comes from (a wrapper such
// as `from oslo_log import log as logging` is the project's idiom, not the standard
// module), and whether it logs at all.

export interface LoggingHabit {
  /** The module logger's name: the one it makes at top level, else one it imports and calls. */
  loggerName: string | null;
  /** The call that makes it, as written (`logging.getLogger(__name__)`). */
  factory: string | null;
  /** The statement that imports the factory's module (`import logging`). */
  importStatement: string | null;
  /** Whether the module makes a logger or calls one. */
  logs: boolean;
}

// `LOG = logging.getLogger(__name__)`, `log = structlog.get_logger()`, `_log = Logger()`.
const LOGGER_ASSIGNMENT = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*((?:([A-Za-z_][\w.]*)\.)?(getLogger|get_logger|getChild|Logger)\([^)\n]*\))[ \t]*(?:#.*)?$/m;
// A logging call; the name before the dot is read backwards from the match (a pattern
// that starts with the name would be tried at every word of the file).
const LOG_CALL = /\.(?:debug|info|warning|warn|error|exception|critical|fatal|log|msg|err|failure)\(/g;
const NAME_BEFORE = /([A-Za-z_]\w*)$/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The import statement (at any indentation) that binds `name`, as written on one line. */
export function importBinding(text: string, name: string): string | null {
  const head = escape(name.split('.')[0] as string);
  const patterns = [
    new RegExp(`^[ \\t]*(import[ \\t]+${head})[ \\t]*(?:#.*)?$`, 'm'),
    new RegExp(`^[ \\t]*(import[ \\t]+[\\w.]+[ \\t]+as[ \\t]+${head})[ \\t]*(?:#.*)?$`, 'm'),
    new RegExp(`^[ \\t]*(from[ \\t]+[\\w.]+[ \\t]+import[ \\t]+\\w+[ \\t]+as[ \\t]+${head})[ \\t]*(?:#.*)?$`, 'm'),
    new RegExp(`^[ \\t]*(from[ \\t]+[\\w.]+[ \\t]+import[ \\t]+(?:[\\w ,]*,[ \\t]*)?${head})[ \\t]*(?:,[\\w ,]*)?(?:#.*)?$`, 'm'),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return (match[1] as string).replace(/[ \t]+/g, ' ');
  }
  return null;
}

export function loggingHabit(text: string): LoggingHabit {
  const assignment = /ogger\(|getChild\(/.test(text) ? LOGGER_ASSIGNMENT.exec(text) : null;
  if (assignment) {
    const [, loggerName, factory, module, maker] = assignment as unknown as [string, string, string, string | undefined, string];
    return { loggerName, factory, importStatement: importBinding(text, module ?? maker), logs: true };
  }
  // No logger of its own: it may still log through one it imports (`from .log import logger`).
  const tried = new Set<string>();
  for (const call of text.matchAll(LOG_CALL)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, call.index - 40), call.index))?.[1];
    if (!name) continue;
    if (tried.has(name) || !/log/i.test(name)) continue;
    tried.add(name);
    if (name === 'logging') return { loggerName: null, factory: null, importStatement: importBinding(text, name), logs: true };
    const imported = importBinding(text, name);
    if (imported) return { loggerName: name, factory: null, importStatement: imported, logs: true };
  }
  return { loggerName: null, factory: null, importStatement: null, logs: false };
}
