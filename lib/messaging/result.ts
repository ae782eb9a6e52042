/** A reply that either carries a value or says, in words, what went wrong. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** An error a user or a test can read: a stable code and a sentence. */
export interface AppError {
  code: string;
  message: string;
}

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/** Wraps an error as a failed result. */
export function err<E = AppError>(error: E): Result<never, E> {
  return { ok: false, error };
}

/** Turns anything thrown into an `AppError` with the given code. */
export function toAppError(code: string, thrown: unknown): AppError {
  return { code, message: thrown instanceof Error ? thrown.message : String(thrown) };
}
