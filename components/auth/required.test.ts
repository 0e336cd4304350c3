import { describe, expect, it } from 'vitest';
import { required } from '@/components/auth/required';

describe('required', () => {
  it('accepts any non-empty value', () => {
    expect(required('Enter it.')('x')).toBe(true);
    expect(required('Enter it.')(' ')).toBe(true);
    expect(required('Enter it.', { trim: true })(' x ')).toBe(true);
  });

  it('gives the message for an empty value, and with trim for white space only', () => {
    expect(required('Enter it.')('')).toBe('Enter it.');
    expect(required('Enter it.', { trim: true })(' \t\n')).toBe('Enter it.');
  });
});
