import type { ImportError } from './types.js';

/**
 * One refusal as a person reads it: the message, then where in the file, said once. A JSON syntax
 * error's message already names its line and column (it is shown on its own in some places, such
 * as the published page), so the place is only added when the message does not hold it.
 */
export function describeImportError(error: ImportError): string {
  if (error.line === undefined) return error.message;
  const place = `(line ${error.line}, column ${error.column})`;
  return error.message.includes(place) ? error.message : `${error.message} ${place}`;
}
