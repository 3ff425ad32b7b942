/**
 * A site without React installs the package without React: `@lit/react` is an optional peer,
 * so neither it nor `@types/react` (its own peer) lands in the site's node_modules. Packs the
 * package and installs the tarball into a fresh project, as a site would. Run after
 * `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'back-pain-widgets-install-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
try {
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], resolve('.')));
  const site = join(work, 'site');
  execFileSync('mkdir', [site]);
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'a-site', private: true, type: 'module' }));
  npm(['install', join(work, filename), '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], site);

  const present = ['react', 'react-dom', '@types/react', '@lit/react'].filter((name) => existsSync(join(site, 'node_modules', name)));
  if (!existsSync(join(site, 'node_modules', 'back-pain-widgets', 'package.json'))) throw new Error('the package did not install');
  if (present.length > 0) {
    console.error(`A site without React got ${present.join(', ')} in its node_modules: React must be an optional peer.`);
    process.exitCode = 1;
  } else {
    // The content module works there (no React, no DOM needed).
    npm(['exec', '--', 'node', '-e', "import('back-pain-widgets/content').then((m) => { if (!m.getContent('nl')) process.exit(1); })"], site);
    console.log('Installed into a fresh project: no React, @types/react or @lit/react; back-pain-widgets/content loads.');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
