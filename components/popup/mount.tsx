import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Popup } from './Popup';
import './popup.css';

export function mountPopup(el: HTMLElement): void {
  const client = new QueryClient();
  createRoot(el).render(
    <QueryClientProvider client={client}>
      <Popup />
    </QueryClientProvider>,
  );
}
