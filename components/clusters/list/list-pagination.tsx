import { Button } from '@/components/ui/button';

type ListPaginationProps = {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
};

export function ListPagination({ page, pageCount, onPage }: ListPaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Cluster pages" className="flex items-center justify-end gap-3 text-sm">
      <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous page
      </Button>
      <span className="tabular-nums">
        Page {page} of {pageCount}
      </span>
      <Button variant="outline" size="sm" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next page
      </Button>
    </nav>
  );
}
