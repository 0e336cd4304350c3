'use client';

import { useFormContext } from 'react-hook-form';
import type { CreateNodePoolFormInput, CreateNodePoolFormOutput } from '@/components/nodepools/create/form-schema';

/** The wizard's one form, for the step components inside its FormProvider. */
export function usePoolForm() {
  return useFormContext<CreateNodePoolFormInput, unknown, CreateNodePoolFormOutput>();
}
