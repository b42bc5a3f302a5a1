/**
 * Copies plain data (objects, arrays, primitives), so that a caller's object is never frozen or
 * shared by the plan after it is added. Plan data is JSON-shaped and shallow, so recursion is safe.
 */
export function clonePlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = clonePlain(inner);
  return copy as T;
}
