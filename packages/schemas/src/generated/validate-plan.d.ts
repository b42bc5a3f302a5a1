/** An ajv error object, as the standalone validator reports it. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Validates a plan document of the current format version against the schema; errors are left on the function. */
declare const validatePlan: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export default validatePlan;
