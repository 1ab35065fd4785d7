#!/usr/bin/env node
// `npm run build:demo`: the demo/test build (.output/chrome-mv3 with the loopback hosts the demo console and the
// e2e servers use; lib/permissions/shipped-hosts.ts). Never package this build: `npm run build` is the store one.
// A script rather than `DESKMATE_DEMO_HOSTS=1 wxt build` in package.json so that it also runs on Windows shells.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const built = spawnSync('npx', ['wxt', 'build', ...args], { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, DESKMATE_DEMO_HOSTS: '1' } });
process.exit(built.status ?? 1);
