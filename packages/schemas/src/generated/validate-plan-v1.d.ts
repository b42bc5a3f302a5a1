/** An ajv error object, as the standalone validator reports it. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Validates a version-1 plan document against the schema; errors are left on the function. */
declare const validatePlanV1: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export default validatePlanV1;
