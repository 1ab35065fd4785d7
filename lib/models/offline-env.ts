/**
 * transformers.js configuration shared by every model Deskmate loads (the
 * classifiers, the knowledge embedding model): offline only — never the model
 * hub, never the browser cache, ORT's bundled wasm — from one root folder or URL
 * (the extension's files, a local folder, or an organisation's model mirror).
 */
import { env } from '@huggingface/transformers';

export const isBrowser = typeof window !== 'undefined' || typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';

/**
 * Node reads ONNX files by path, so transformers.js hands it a remote file through a cache; its file
 * cache would keep a mirror's files under node_modules, keyed by model id alone (so a later load of
 * the same id from another root could get them). Node loads from a mirror (tests) use this
 * in-memory cache instead, emptied when the load ends. Browsers take the bytes directly, no cache.
 */
function memoryCache() {
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  return {
    match: async (key: string) => {
      const bytes = files.get(key);
      return bytes ? new Response(bytes) : undefined;
    },
    put: async (key: string, response: Response) => {
      files.set(key, new Uint8Array(await response.arrayBuffer()));
    },
    clear: () => files.clear(),
  };
}

/** Points transformers.js at `modelRoot`; returns what undoes the per-load part. */
function configureEnv(modelRoot: string): () => void {
  // An organisation mirror (http/https) is set as the "remote host" in place of the model hub, not as
  // localModelPath: transformers.js fetches model files from an http localModelPath but skips such a
  // path when it checks whether a tokenizer exists, so a pipeline loaded that way has no tokenizer
  // and fails on its first call. The extension's own files (chrome-extension://) and local folders stay local.
  const mirror = /^https?:\/\//i.test(modelRoot);
  env.allowRemoteModels = mirror;
  env.allowLocalModels = !mirror;
  if (mirror) {
    env.remoteHost = modelRoot;
    env.remotePathTemplate = '{model}/';
  }
  env.useBrowserCache = false;
  env.useFSCache = false;
  const cache = mirror && !isBrowser ? memoryCache() : null;
  env.useCustomCache = !!cache;
  env.customCache = cache;
  env.localModelPath = modelRoot;
  const wasm = env.backends.onnx?.wasm;
  if (isBrowser && wasm) {
    // Extension pages are not cross-origin isolated, so no threads; no proxy worker.
    wasm.numThreads = 1;
    wasm.proxy = false;
    // transformers.js defaults this to a CDN; unset it so ORT loads the .wasm Vite bundled.
    wasm.wasmPaths = undefined;
  }
  return () => {
    cache?.clear();
    env.useCustomCache = false;
    env.customCache = null;
  };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `load` with transformers.js pointed at `modelRoot`. `env.localModelPath`
 * is one global, read while files are fetched, so loads are serialised: the
 * classifier loading from an organisation mirror and the embedding model from
 * the extension's own files must not see each other's root.
 */
export function loadFromRoot<T>(modelRoot: string, load: () => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const release = configureEnv(modelRoot);
    try {
      return await load();
    } finally {
      release();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
