/** A filter: its SQL with a @param, and the value; left out when the value is undefined. */
export type Condition = [sql: string, param: string, value: unknown];

/** Builds "WHERE a AND b" from the filters that are set, with their parameters. */
export function buildWhere(conditions: Condition[]): {
  clause: string;
  params: Record<string, unknown>;
} {
  const active = conditions.filter(([, , value]) => value !== undefined);
  return {
    clause: active.length ? `WHERE ${active.map(([sql]) => sql).join(' AND ')}` : '',
    params: Object.fromEntries(
      active.filter(([, param]) => param).map(([, param, value]) => [param, value]),
    ),
  };
}
