import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ReportsApp } from './ReportsApp';
import './reports.css';

export function mountReports(el: HTMLElement): void {
  // Refetch on focus: a lead leaves the tab open while agents keep working.
  const client = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: true } } });
  createRoot(el).render(
    <QueryClientProvider client={client}>
      <ReportsApp />
    </QueryClientProvider>,
  );
}
