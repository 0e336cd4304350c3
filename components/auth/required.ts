/**
 * A react-hook-form `validate` rule: `message` when the value is empty (with `trim`, when it is only white space).
 * The sign-in forms' whole validation, so the sign-in page needs no schema library.
 */
export function required(message: string, { trim = false }: { trim?: boolean } = {}) {
  return (value: string): true | string => ((trim ? value.trim() : value).length > 0 ? true : message);
}
