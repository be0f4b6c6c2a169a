// How one module logs, read from its text: the module-level logger it makes (`LOG =
// logging.getLogger(__name__)`), the import its logging module comes from (a wrapper such
// as `from oslo_log import log as logging` is the project's idiom, not the standard
// module), and whether it logs at all.

export interface LoggingHabit {
  /** The module logger's name, when the module makes one at top level. */
  loggerName: string | null;
  /** The call that makes it, as written (`logging.getLogger(__name__)`). */
  factory: string | null;
  /** The statement that imports the factory's module (`import logging`). */
  importStatement: string | null;
  /** Whether the module makes a logger or calls one. */
  logs: boolean;
}

const LOGGER_ASSIGNMENT = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*(([A-Za-z_][\w.]*)\.(?:getLogger|get_logger|getChild)\([^)\n]*\))[ \t]*(?:#.*)?$/m;
const LOG_CALL = /\b([A-Za-z_]\w*)\.(?:debug|info|warning|warn|error|exception|critical|fatal|log)\(/g;

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
  const assignment = LOGGER_ASSIGNMENT.exec(text);
  if (assignment) {
    const [, loggerName, factory, module] = assignment as unknown as [string, string, string, string];
    return { loggerName, factory, importStatement: importBinding(text, module), logs: true };
  }
  // No logger of its own: it may still log through one it imports (`from .log import logger`).
  let logs = false;
  const tried = new Set<string>();
  for (const call of text.matchAll(LOG_CALL)) {
    const name = call[1] as string;
    if (tried.has(name) || !/log/i.test(name)) continue;
    tried.add(name);
    if (name === 'logging' || importBinding(text, name)) {
      logs = true;
      break;
    }
  }
  return { loggerName: null, factory: null, importStatement: null, logs };
}
