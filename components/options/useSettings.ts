import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/messaging/client';
import { watchEffectiveSettings } from '@/lib/settings/store';

/** Effective settings for the options page, refreshed live when storage or policy change. */
export function useSettings() {
  const qc = useQueryClient();
  const query = useQuery({ queryKey: ['settings'], queryFn: () => send('settings.get', {}) });
  useEffect(() => watchEffectiveSettings((s) => qc.setQueryData(['settings'], s)), [qc]);
  return query;
}

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (changes: Record<string, unknown>) => send('settings.update', { changes }),
    onSuccess: (s) => qc.setQueryData(['settings'], s),
  });
}

export function useResetSetting() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => send('settings.reset', { path }),
    onSuccess: (s) => qc.setQueryData(['settings'], s),
  });
}
