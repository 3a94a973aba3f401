/** Serves the built app on localhost: `npm start` (after the build). PORT and HOST come from the environment. */
import { serveDist } from './static-server';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const app = await serveDist('dist', '/', port, host);
console.log(`Tegenwicht runs at ${app.url}`);
console.log(`  solo:      ${app.url}#/solo`);
console.log('Stop with Ctrl+C.');
