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

async function setClassification(options: Page, values: Record<string, string>) {
  const reply = await options.evaluate(
    (changes) => chrome.runtime.sendMessage({ deskmate: 1, to: 'background', name: 'settings.update', payload: { changes } }),
    Object.fromEntries(Object.entries(values).map(([k, v]) => [`classification.${k}`, v])),
  );
  expect(reply).toMatchObject({ ok: true });
}

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
    expect(mirror.served).toEqual(expect.arrayContaining(['org-sentiment/config.json', 'org-abuse/onnx/model_quantized.onnx']));
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
});
