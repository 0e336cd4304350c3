import { Button } from '@/components/ui/button';

type ListPaginationProps = {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  /** Above the table the buttons are short ("Previous", "Next"), so each control has its own name. */
  position?: 'top' | 'bottom';
};

export function ListPagination({ page, pageCount, onPage, position = 'bottom' }: ListPaginationProps) {
  if (pageCount <= 1) return null;
  const top = position === 'top';
  return (
    <nav aria-label={top ? 'Cluster pages, above the list' : 'Cluster pages'} className="flex items-center justify-end gap-3 text-sm">
      <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {top ? 'Previous' : 'Previous page'}
      </Button>
      <span className="tabular-nums">
        Page {page} of {pageCount}
      </span>
      <Button variant="outline" size="sm" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {top ? 'Next' : 'Next page'}
      </Button>
    </nav>
  );
}
