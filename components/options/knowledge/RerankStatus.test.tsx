import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import type { EmbeddingStatus } from '@/lib/messaging/messages/knowledge';
import { rerankStatusText } from './RerankStatus';

const base: EmbeddingStatus = { state: 'ready', source: 'bundled', modelId: 'deskmate-embed', fallback: null, requested: null, message: null, loadMs: 120 };

describe('re-rank status line', () => {
  it.each<[string, EmbeddingStatus, string, boolean]>([
    ['off', { ...base, state: 'off', modelId: '' }, 'Keyword ranking only: no re-rank model is set (Embedding model id).', false],
    ['loading', { ...base, state: 'loading' }, 'Loading the re-rank model deskmate-embed…', false],
    ['bundled', base, 'Re-ranking with deskmate-embed (bundled).', false],
    ['mirror', { ...base, source: 'mirror', modelId: 'org-embed' }, 'Re-ranking with org-embed (organisation mirror).', false],
    ['no mirror', { ...base, fallback: 'no-mirror', requested: 'org-embed' }, 'Re-ranking with deskmate-embed (bundled). "org-embed" needs a model mirror (Model mirror URL) and none is set, so the bundled model is used.', true],
    ['mirror failed', { ...base, fallback: 'mirror-failed', requested: 'org-embed', message: 'HTTP 404' }, 'Re-ranking with deskmate-embed (bundled). "org-embed" could not be loaded from the model mirror, so the bundled model is used: HTTP 404', true],
    ['error', { ...base, state: 'error', message: 'file missing', loadMs: null }, 'Keyword ranking only: the re-rank model deskmate-embed could not be loaded: file missing', true],
  ])('%s', (_name, status, text, problem) => {
    expect(rerankStatusText(status, translator('en'))).toEqual({ text, problem });
  });

  it('is translated', () => {
    expect(rerankStatusText(base, translator('zh-CN')).text).toBe('正在使用 deskmate-embed（内置）进行重排。');
  });
});
