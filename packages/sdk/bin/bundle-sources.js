// In the workspace the CLI runs from its TypeScript sources. Loading ~400 modules through tsx's
// loader hooks costs about 3 s of start-up on a 2-core machine, on every command; one bundle of
// the same sources starts in under a second. So the sources are bundled with esbuild on first use,
// and again whenever a source file, a package manifest or the lockfile changes, into
// packages/core/node_modules/.cache/compound-cli/ (kept there, not in the package: the bundle finds
// the migrations, the PGlite worker and examples/ by walking up from its own folder, as dist/ does).
// Dependencies stay outside the bundle, imported by their resolved file URLs.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const builtins = new Set(builtinModules);

/** Path of "name mtime size" lines of every non-test file under `folder`, sorted. */
function listSources(folder, lines) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) listSources(path, lines);
    else if (!entry.name.endsWith('.test.ts')) {
      const info = statSync(path);
      lines.push(`${path} ${info.mtimeMs} ${info.size}`);
    }
  }
  return lines;
}

/** What the bundle is built from: the sources of core and sdk, their manifests and the lockfile. */
function sourcesKey(workspace) {
  const lines = [];
  for (const name of ['core', 'sdk']) {
    listSources(join(workspace, 'packages', name, 'src'), lines);
    const manifest = statSync(join(workspace, 'packages', name, 'package.json'));
    lines.push(`${name} ${manifest.mtimeMs} ${manifest.size}`);
  }
  const lock = join(workspace, 'pnpm-lock.yaml');
  if (existsSync(lock)) lines.push(`lock ${statSync(lock).mtimeMs}`);
  lines.push(process.version);
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex').slice(0, 20);
}

/**
 * Returns the path of a bundle of the CLI built from the current sources, building it when needed;
 * throws when it cannot (no esbuild, a syntax error, a read-only folder): the caller then runs the
 * sources through tsx.
 * @param sdkRoot the sdk package folder (packages/sdk)
 */
export async function bundledCli(sdkRoot) {
  const workspace = dirname(dirname(sdkRoot));
  const coreRoot = join(workspace, 'packages', 'core');
  if (!existsSync(join(coreRoot, 'src', 'index.ts'))) throw new Error('not in the workspace');
  const cache = join(coreRoot, 'node_modules', '.cache', 'compound-cli');
  const target = join(cache, `cli-${sourcesKey(workspace)}.mjs`);
  if (existsSync(target)) return target;

  const esbuild = await import('esbuild');
  const keepOutside = {
    name: 'dependencies-by-url',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'inner' || args.path.startsWith('@compound/')) return undefined;
        if (args.path.startsWith('node:') || builtins.has(args.path)) return { path: args.path, external: true };
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'inner' });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return { path: pathToFileURL(resolved.path).href, external: true };
      });
    },
  };
  const result = await esbuild.build({
    entryPoints: [join(sdkRoot, 'src', 'cli', 'bin.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@compound/source'],
    tsconfig: join(sdkRoot, 'tsconfig.json'),
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
    plugins: [keepOutside],
  });
  mkdirSync(cache, { recursive: true });
  // written whole under another name, then renamed: a second CLI started meanwhile never reads half a file
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, target);
  for (const name of readdirSync(cache)) {
    if (name.startsWith('cli-') && join(cache, name) !== target && !name.endsWith('.partial')) rmSync(join(cache, name), { force: true });
  }
  return target;
}
