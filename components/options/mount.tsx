import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { OptionsApp } from './OptionsApp';
import './options.css';

export function mountOptions(el: HTMLElement): void {
  const client = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: true } } });
  createRoot(el).render(
    <QueryClientProvider client={client}>
      <OptionsApp />
    </QueryClientProvider>,
  );
}
