/**
 * `npm start` (after the build): the app and the room relay on localhost, in one process.
 * APP_PORT (4173) and the relay's environment (PORT for the relay, default 4174; HOST; RELAY_ORIGINS; ...)
 * as in server/README.md.
 */
import { startRelay } from '../server/index';
import { relayOptionsFromEnv } from '../server/relay-options';
import { serveDist } from './static-server';

const { options, relayKey, relayKeyFile } = relayOptionsFromEnv({ PORT: '4174', ...process.env });
const app = await serveDist('dist', '/', Number(process.env.APP_PORT ?? 4173), options.host);
const relay = await startRelay({ ...options, relayKey, relayKeyFile });

console.log(`Tegenwicht runs at ${app.url}`);
console.log(`  alone:           ${app.url}#/solo`);
console.log(`  lead a session:  ${app.url}#/console`);
console.log(`  join a room:     ${app.url}#/join`);
console.log(`Room relay at ${relay.url} (in memory). Stop both with Ctrl+C.`);

const stop = () => void Promise.all([relay.close(), app.close()]).then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
