'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldValues, type UseFormProps } from 'react-hook-form';
import type { z } from 'zod';

/** The one way to build a form: react-hook-form driven by a zod schema (input and output types follow the schema). */
export function useZodForm<TInput extends FieldValues, TOutput extends FieldValues>(
  schema: z.ZodType<TOutput, TInput>,
  options?: Omit<UseFormProps<TInput, unknown, TOutput>, 'resolver'>,
) {
  return useForm<TInput, unknown, TOutput>({
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    ...options,
    // Four type arguments pick the zod 4 overload (zod 4 schemas also match the zod 3 one and lose their types).
    resolver: zodResolver<TInput, unknown, TOutput, z.ZodType<TOutput, TInput>>(schema),
  });
}
