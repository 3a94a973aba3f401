/**
 * The built app on its own, as `npm start` runs it beside the relay (compiled to dist-server/serve-app.js):
 * APP_PORT (4173), HOST (127.0.0.1), APP_DIR (dist). Prints one line when it listens; stops on SIGTERM/SIGINT.
 */
import { serveDist } from './static-server';

const app = await serveDist(
  process.env.APP_DIR ?? 'dist',
  '/',
  Number(process.env.APP_PORT ?? 4173),
  process.env.HOST ?? '127.0.0.1',
);
console.log(`Tegenwicht app at ${app.url}`);

const stop = () => void app.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
