// The codes a sign-in attempt ends with; next-auth hands the message to the client as `error`.
// One code for unknown user and wrong password, so the answer does not tell which accounts exist.
export type SignInErrorCode = 'invalid_credentials' | 'too_many_attempts' | 'upstream_unavailable';

export class SignInError extends Error {
  constructor(readonly code: SignInErrorCode) {
    super(code);
    this.name = 'SignInError';
  }
}
