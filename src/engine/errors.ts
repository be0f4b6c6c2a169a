// Errors in what the user asked for (options, plans, paths, transform files): the command
// line reports them in one line with exit status 2, before anything is written.
export class InputError extends Error {
  override name = 'InputError';
}

/** A malformed rename plan, or a plan entry that names no known symbol. */
export class PlanError extends InputError {
  override name = 'PlanError';
}
