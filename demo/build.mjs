// Builds the demo console (a React app) into demo/dist with Vite. Called by `npm start` and the e2e runner.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export async function buildDemo() {
  await build({ root, logLevel: 'warn', plugins: [react()], build: { outDir: 'dist', emptyOutDir: true } });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDemo();
