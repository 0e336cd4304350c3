import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { wizardSteps } from '@/lib/forms/wizard';

const shape = { a: z.string().min(1), b: z.number(), c: z.unknown().optional(), d: z.unknown().optional() };

const wizard = wizardSteps(shape, [
  { id: 'one', title: 'One', fields: ['a'] },
  {
    id: 'two',
    title: 'Two',
    fields: ['b', 'c'],
    refine: (values, ctx, max: number | undefined) => {
      if ((values.b ?? 0) > (max ?? 10)) ctx.addIssue({ code: 'custom', path: ['b'], message: 'Too big.' });
    },
  },
  { id: 'three', title: 'Three', fields: ['d'] },
  { id: 'review', title: 'Review' },
]);

describe('wizard steps', () => {
  it('reads the step from the URL and moves one step at a time', () => {
    expect(wizard.parseStep('two')).toBe('two');
    expect(wizard.parseStep('x')).toBe('one');
    expect(wizard.parseStep(null)).toBe('one');
    expect(wizard.nextStep('review')).toBe('review');
    expect(wizard.previousStep('one')).toBe('one');
    expect(wizard.titleOf('three')).toBe('Three');
    expect(wizard.fieldsOf('review')).toEqual([]);
  });

  it('never goes past the first invalid step, with the rules’ context', () => {
    expect(wizard.firstInvalidStep({ a: '', b: 1 })).toBe('one');
    expect(wizard.firstInvalidStep({ a: 'x', b: 11 })).toBe('two');
    expect(wizard.firstInvalidStep({ a: 'x', b: 11 }, 20)).toBe('review');
    expect(wizard.allowedStep('review', { a: 'x', b: 11 })).toBe('two');
    expect(wizard.allowedStep('one', { a: 'x', b: 11 })).toBe('one');
    expect(wizard.stepOfField('c.0.x')).toBe('two');
    expect(wizard.stepOfField('zz')).toBeUndefined();
  });

  it('lets the nav go back to any step and forward only as far as the values allow', () => {
    expect(wizard.canVisit('one', 'three', 'two')).toBe(true);
    expect(wizard.canVisit('three', 'three', 'review')).toBe(false);
    expect(wizard.canVisit('review', 'one', 'review')).toBe(true);
    expect(wizard.canVisit('three', 'one', 'two')).toBe(false);
    expect(wizard.canVisit('two', 'one', 'two')).toBe(true);
  });
});
