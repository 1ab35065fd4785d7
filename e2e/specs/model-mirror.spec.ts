import { expect, test } from '../fixtures';
import { panel } from '../pages/panel';
import { startModelMirror } from '../servers/model-mirror.mjs';
import type { Page } from '@playwright/test';

type Mirror = Awaited<ReturnType<typeof startModelMirror>>;
let mirror: Mirror;
test.beforeAll(async () => {
  mirror = await startModelMirror();
});
test.afterAll(async () => mirror?.close());

async function setSettings(options: Page, changes: Record<string, string>) {
  const reply = await options.evaluate((c) => chrome.runtime.sendMessage({ deskmate: 1, to: 'background', name: 'settings.update', payload: { changes: c } }), changes);
  expect(reply).toMatchObject({ ok: true });
}
const setClassification = (options: Page, values: Record<string, string>) =>
  setSettings(options, Object.fromEntries(Object.entries(values).map(([k, v]) => [`classification.${k}`, v])));

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

test.describe('optional larger models from an organisation mirror', () => {
  test('loads the models from the mirror when one is configured', async ({ context, extensionId, openConsole }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#classification`);
    await setClassification(options, { modelMirrorUrl: mirror.url, sentimentModelId: 'org-sentiment', abuseModelId: 'org-abuse' });
    const page = await openConsole('1002');
    const state = panel(page).getByTestId('dm-model-state');
    await expect(state).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
    await expect(state).toHaveAttribute('data-source', 'mirror');
    // The tokenizer too: a pipeline without one loads, then fails on its first text.
    expect(mirror.served).toEqual(expect.arrayContaining(['org-sentiment/config.json', 'org-sentiment/tokenizer.json', 'org-abuse/onnx/model_quantized.onnx']));
  });

  test('falls back to the bundled models, saying why, when the mirror is unreachable', async ({ context, extensionId, openConsole }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#classification`);
    await setClassification(options, { modelMirrorUrl: 'http://127.0.0.1:9/models/', sentimentModelId: 'org-sentiment', abuseModelId: 'org-abuse' });
    const page = await openConsole('1002');
    const state = panel(page).getByTestId('dm-model-state');
    await expect(state).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
    await expect(state).toHaveAttribute('data-source', 'bundled');
    await expect(state).toContainText('model mirror http://127.0.0.1:9/models/ unreachable');
  });

  test('re-ranks knowledge suggestions with an embedding model from the mirror', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#knowledge`);
    await setSettings(options, { 'classification.modelMirrorUrl': mirror.url, 'knowledge.embeddingModelId': 'org-embed' });
    const status = options.getByTestId('knowledge-rerank-status');
    await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
    await expect(status).toHaveText('Re-ranking with org-embed (organisation mirror).');
    expect(mirror.served).toEqual(expect.arrayContaining(['org-embed/tokenizer.json', 'org-embed/onnx/model_quantized.onnx']));
  });

  test('re-ranks with the bundled embedding model, saying why, when the mirror is unreachable', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#knowledge`);
    await setSettings(options, { 'classification.modelMirrorUrl': 'http://127.0.0.1:9/models/', 'knowledge.embeddingModelId': 'org-embed' });
    const status = options.getByTestId('knowledge-rerank-status');
    await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
    await expect(status).toHaveAttribute('data-source', 'bundled');
    await expect(status).toContainText('Re-ranking with deskmate-embed (bundled). "org-embed" could not be loaded from the model mirror');
    await expect(status).toContainText('http://127.0.0.1:9/models/');
  });
});
