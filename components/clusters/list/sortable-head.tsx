import { TableHead } from '@/components/ui/table';
import type { SortDir, SortKey } from '@/components/clusters/list/list-view';

type SortableHeadProps = {
  column: SortKey;
  label: string;
  sort: SortKey;
  dir: SortDir;
  onSort: (column: SortKey) => void;
};

/** A column header that sorts: a button inside the <th>, whose aria-sort tells assistive technology the order. */
export function SortableHead({ column, label, sort, dir, onSort }: SortableHeadProps) {
  const active = sort === column;
  const ariaSort = active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <TableHead aria-sort={ariaSort} className="px-1">
      <button
        type="button"
        onClick={() => onSort(column)}
        className="inline-flex h-8 items-center gap-1 rounded-md px-2 font-semibold hover:bg-slate-200/70 dark:hover:bg-slate-800"
      >
        {label}
        <svg aria-hidden="true" viewBox="0 0 12 12" className={active ? 'size-3 fill-current' : 'size-3 fill-current opacity-40'}>
          {!active || dir === 'asc' ? <path d="M6 2l3 4H3z" /> : null}
          {!active || dir === 'desc' ? <path d="M6 10l3-4H3z" /> : null}
        </svg>
      </button>
    </TableHead>
  );
}
