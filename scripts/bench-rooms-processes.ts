/** Forks the bench's own processes (the server, the clients) under tsx, with an IPC channel, and waits on them. */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function forkScript(script: string, env: Record<string, string> = {}): ChildProcess {
  return fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'json',
  });
}

/** The next message of `child` that `pick` accepts; rejects on a `failed` message, an exit, or after `ms`. */
export function nextMessage<M extends { type: string }, T>(
  child: ChildProcess,
  pick: (message: M) => T | undefined,
  ms: number,
  what: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    const onMessage = (raw: unknown) => {
      const message = raw as M & { error?: string };
      if (message.type === 'failed') return done(new Error(`${what}: ${message.error}`));
      const picked = pick(message);
      if (picked !== undefined) done(null, picked);
    };
    const onExit = (code: number | null) => done(new Error(`${what}: the process exited (${code})`));
    const done = (error: Error | null, value?: T) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(value as T);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export function stop(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
