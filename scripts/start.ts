/**
 * `npm start` (after the build): the app and the room relay on localhost, each in a process of its own, so a
 * request that brings one down cannot take the other along; one that stops unexpectedly is started again.
 * Both run as compiled JavaScript from dist-server/. APP_PORT (4173) and the relay's environment (PORT for the
 * relay, default 4174; HOST; RELAY_ORIGINS; ...) as in server/README.md. Ctrl+C (or SIGTERM) stops both.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const env: NodeJS.ProcessEnv = { ...process.env, PORT: process.env.PORT ?? '4174' };

interface Part {
  name: string;
  script: string;
  /** The line the part prints once it listens, and the address in it. */
  ready: RegExp;
  child?: ChildProcess;
  address?: string;
}

const parts: Part[] = [
  { name: 'app', script: join(here, 'serve-app.js'), ready: /Tegenwicht app at (\S+)/ },
  { name: 'relay', script: join(here, 'relay.js'), ready: /Tegenwicht relay at (\S+)/ },
];
let stopping = false;

function run(part: Part): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [part.script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    part.child = child;
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = part.ready.exec(output);
      if (!match?.[1]) return;
      part.address = match[1];
      child.stdout?.off('data', onData);
      child.stdout?.pipe(process.stdout);
      resolve();
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code, signal) => {
      if (!part.address) return reject(new Error(`The ${part.name} did not start (${signal ?? code}): ${output}`));
      if (stopping) return;
      console.error(`The ${part.name} stopped (${signal ?? code}); starting it again.`);
      part.address = undefined;
      setTimeout(() => void run(part).catch((error: unknown) => console.error(error)), 1_000);
    });
  });
}

const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  const running = parts.map((part) => part.child).filter((child) => child && child.exitCode === null);
  let left = running.length;
  if (left === 0) process.exit(0);
  for (const child of running) {
    child!.once('exit', () => (left -= 1) === 0 && process.exit(0));
    child!.kill(signal);
  }
  setTimeout(() => process.exit(0), 12_000).unref();
};
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));

try {
  await Promise.all(parts.map(run));
} catch (error) {
  if (stopping) await new Promise(() => undefined); // stop() exits once both are gone
  console.error(error instanceof Error ? error.message : error);
  stopping = true;
  for (const part of parts) part.child?.kill('SIGTERM');
  process.exit(1);
}

const [app, relay] = parts;
console.log(`Tegenwicht runs at ${app!.address}`);
console.log(`  alone:           ${app!.address}#/solo`);
console.log(`  lead a session:  ${app!.address}#/console`);
console.log(`  join a room:     ${app!.address}#/join`);
console.log(`Room relay at ${relay!.address} (${env.REDIS_URL ? 'with Redis' : 'in memory'}). Stop both with Ctrl+C.`);
