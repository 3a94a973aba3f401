/**
 * `npm start` as it runs for use (the hardening issue, item 1): the app and the relay, compiled to
 * dist-server/, each in its own process. A request the static server cannot decode gets 400 and ends nothing;
 * the relay goes on either way. A small build of its own stands in for dist/, so this needs no `vite build`.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort } from '../helpers/relay-process';
import { request, waitFor } from './relay-client';

describe('npm start', () => {
  let dir: string;
  let start: ChildProcess;
  let output = '';
  let app: string;
  let relay: string;

  beforeAll(async () => {
    execFileSync('npm', ['run', '--silent', 'build:server'], { stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'tegenwicht-start-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tegenwicht</title><p>app</p>');
    writeFileSync(join(dir, 'app.js'), `export const text = '${'x'.repeat(4_000)}';\n`);
    const [appPort, relayPort] = [await freePort(), await freePort()];
    app = `http://127.0.0.1:${appPort}`;
    relay = `http://127.0.0.1:${relayPort}`;
    start = spawn(process.execPath, ['dist-server/start.js'], {
      env: {
        ...process.env,
        APP_DIR: dir,
        APP_PORT: String(appPort),
        PORT: String(relayPort),
        HOST: '127.0.0.1',
        RELAY_KEY: 'start-test-key-0123456789abcdef',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    start.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => output.includes('Room relay at'), 'npm start to print its addresses', 20_000);
  });
  afterAll(async () => {
    if (start?.exitCode === null) {
      start.kill('SIGTERM');
      await once(start, 'exit');
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints where the app and the relay are', () => {
    expect(output).toContain(`Tegenwicht runs at ${app}/`);
    expect(output).toContain(`${app}/#/console`);
    expect(output).toContain(`Room relay at ws://127.0.0.1:${new URL(relay).port}`);
  });

  it('answers a path it cannot decode with 400, and goes on serving the app and the rooms', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/%zz/index.html', '/%C0%AF', '/assets/%E0%A4%A.js']) {
      const bad = await request(`${app}${path}`);
      expect(bad.status).toBe(400);
    }
    expect((await request(`${app}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    const page = await request(`${app}/`);
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('<title>Tegenwicht</title>');
    expect((await request(`${app}/app.js`)).status).toBe(200);

    expect((await request(`${relay}/health`)).body).toEqual({ ok: true });
    const minted = await request(`${relay}/rooms`, { method: 'POST' });
    expect(minted.status).toBe(201);
  });

  it('sends text compressed to a browser that accepts it', async () => {
    const response = await fetch(`${app}/app.js`, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toContain('xxxx');
  });

  it('stops both on SIGTERM', async () => {
    start.kill('SIGTERM');
    await once(start, 'exit');
    await expect(fetch(`${app}/`)).rejects.toThrow();
    await expect(fetch(`${relay}/health`)).rejects.toThrow();
  });
});
