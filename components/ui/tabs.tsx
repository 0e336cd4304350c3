'use client';

import { createContext, use, useId, type ComponentProps, type KeyboardEvent } from 'react';
import { cn } from '@/lib/utils';

// WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs.
// Panels stay mounted (only hidden), so what the user typed survives switching tabs.
// Panels carry no aria-labelledby on purpose: a panel named "User name and password" would also match
// label locators (getByLabel('Password')) meant for the fields inside it.

type TabsContextValue = { baseId: string; value: string; onValueChange: (value: string) => void };
const TabsContext = createContext<TabsContextValue | null>(null);

function useTabs(): TabsContextValue {
  const context = use(TabsContext);
  if (!context) throw new Error('Tabs parts must be used inside <Tabs>.');
  return context;
}

const tabId = (baseId: string, value: string) => `${baseId}-tab-${value}`;
const panelId = (baseId: string, value: string) => `${baseId}-panel-${value}`;

export function Tabs({
  value,
  onValueChange,
  className,
  ...props
}: Omit<ComponentProps<'div'>, 'onChange'> & { value: string; onValueChange: (value: string) => void }) {
  const baseId = useId();
  return (
    <TabsContext value={{ baseId, value, onValueChange }}>
      <div data-slot="tabs" className={cn('flex flex-col gap-4', className)} {...props} />
    </TabsContext>
  );
}

function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const tabs = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not([disabled])'));
  const current = tabs.findIndex((tab) => tab === document.activeElement);
  if (current === -1 || tabs.length === 0) return;
  const last = tabs.length - 1;
  const next = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  tabs[next]?.focus();
  tabs[next]?.click();
}

export function TabsList({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      role="tablist"
      data-slot="tabs-list"
      onKeyDown={moveFocus}
      className={cn('inline-flex w-full items-center rounded-lg bg-muted p-1', className)}
      {...props}
    />
  );
}

export function TabsTrigger({ value, className, ...props }: Omit<ComponentProps<'button'>, 'value'> & { value: string }) {
  const tabs = useTabs();
  const selected = tabs.value === value;
  return (
    <button
      type="button"
      role="tab"
      id={tabId(tabs.baseId, value)}
      aria-selected={selected}
      aria-controls={panelId(tabs.baseId, value)}
      tabIndex={selected ? 0 : -1}
      data-state={selected ? 'active' : 'inactive'}
      onClick={() => tabs.onValueChange(value)}
      className={cn(
        'flex-1 rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 transition-colors hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600',
        'data-[state=active]:bg-white data-[state=active]:text-slate-900 data-[state=active]:shadow-sm',
        'dark:text-slate-300 dark:hover:text-white dark:focus-visible:outline-blue-400 dark:data-[state=active]:bg-slate-950 dark:data-[state=active]:text-white',
        className,
      )}
      {...props}
    />
  );
}

export function TabsContent({ value, className, ...props }: Omit<ComponentProps<'div'>, 'value'> & { value: string }) {
  const tabs = useTabs();
  const selected = tabs.value === value;
  return (
    <div
      role="tabpanel"
      id={panelId(tabs.baseId, value)}
      hidden={!selected}
      data-slot="tabs-content"
      className={cn('outline-none', className)}
      {...props}
    />
  );
}
