import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Imports the layers forbid, each linted as if it were a file at `as`. Every one must be reported by `rule`;
 * when the resolver is missing from eslint.config.js, the path rules resolve nothing and these go quiet.
 */
const forbidden = [
  { as: 'src/features/projector/fixture.ts', from: '../console/use-wall-link', rule: 'import-x/no-restricted-paths' },
  {
    as: 'src/features/solo/fixture.tsx',
    from: '../participant/participant-view',
    rule: 'import-x/no-restricted-paths',
  },
  { as: 'src/domain/fixture.ts', from: '../state/store', rule: 'import-x/no-restricted-paths' },
  { as: 'src/domain/session/fixture.ts', from: '../../sync/transport', rule: 'import-x/no-restricted-paths' },
  { as: 'src/state/fixture.ts', from: '../features/console/join-url', rule: 'import-x/no-restricted-paths' },
  { as: 'src/sync/fixture.ts', from: '../state/store', rule: 'import-x/no-restricted-paths' },
  { as: 'src/ui/fixture.tsx', from: '../app/routes', rule: 'import-x/no-restricted-paths' },
  { as: 'src/features/console/fixture.ts', from: '../../app/routes', rule: 'import-x/no-restricted-paths' },
  { as: 'server/fixture.ts', from: '../src/state/store', rule: 'import-x/no-restricted-paths' },
  { as: 'server/fixture.ts', from: '../src/sync/relay-url', rule: 'import-x/no-restricted-paths' },
  { as: 'server/fixture.ts', from: '../scripts/bench-tools', rule: 'import-x/no-restricted-paths' },
  { as: 'src/domain/fixture.ts', from: 'yjs', rule: 'no-restricted-imports' },
  { as: 'src/domain/fixture.ts', from: 'i18next', rule: 'no-restricted-imports' },
  { as: 'src/domain/fixture.ts', from: '@hocuspocus/server', rule: 'no-restricted-imports' },
  { as: 'src/domain/fixture.ts', from: 'node:crypto', rule: 'no-restricted-imports' },
  { as: 'src/domain/fixture.ts', from: 'react', rule: 'no-restricted-imports' },
  { as: 'src/domain/fixture.ts', from: 'zod', rule: 'no-restricted-imports' },
  { as: 'src/domain/fixture.ts', from: 'zod/mini', rule: 'no-restricted-imports' },
] as const;

/** Imports the same layers allow, so the rules do not simply refuse everything. */
const allowed = [
  { as: 'src/domain/fixture.ts', from: './zod' },
  { as: 'src/domain/session/fixture.ts', from: '../room-protocol' },
  { as: 'server/fixture.ts', from: '../src/domain/room-protocol' },
  { as: 'src/features/console/fixture.ts', from: '../../state/store' },
  { as: 'src/sync/fixture.ts', from: '../domain/room-protocol' },
] as const;

const ruleIds = (messages: { ruleId: string | null }[]) => messages.map((m) => m.ruleId);

describe('the layer rules of eslint.config.js', () => {
  let eslint: ESLint;
  beforeAll(async () => {
    eslint = new ESLint({ cwd: root, ignore: false });
    // The first lint loads the parser and the plugins: slow on a busy machine, so not inside a test's time.
    await eslint.lintText('export {};\n', { filePath: `${root}src/domain/warm-up.ts` });
  }, 60_000);

  it.each(forbidden)('report $from imported by $as ($rule)', async ({ as, from, rule }) => {
    const [result] = await eslint.lintText(
      `import type * as forbidden from '${from}';\nexport type F = typeof forbidden;\n`,
      {
        filePath: `${root}${as}`,
      },
    );
    expect(ruleIds(result!.messages)).toContain(rule);
  });

  it.each(allowed)('allow $from imported by $as', async ({ as, from }) => {
    const [result] = await eslint.lintText(
      `import type * as allowed from '${from}';\nexport type A = typeof allowed;\n`,
      {
        filePath: `${root}${as}`,
      },
    );
    expect(result!.messages).toEqual([]);
  });

  it('reports an import cycle', async () => {
    const [result] = await eslint.lintFiles([`${root}tests/fixtures/lint/cycle-a.ts`]);
    expect(ruleIds(result!.messages)).toContain('import-x/no-cycle');
  });
});
