'use client';

import { useFormContext } from 'react-hook-form';
import type { CreateClusterFormInput, CreateClusterFormOutput } from '@/components/clusters/create/form-schema';

/** The wizard's one form, for the step components inside its FormProvider. */
export function useWizardForm() {
  return useFormContext<CreateClusterFormInput, unknown, CreateClusterFormOutput>();
}
