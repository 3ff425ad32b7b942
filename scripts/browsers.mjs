/**
 * Finds the browsers the tests run in: headless Chromium and Firefox ESR, from CHROME_PATH /
 * FIREFOX_PATH or their usual install paths. With `--ensure`, installs missing ones with
 * apt-get on a Debian machine when run as root, and otherwise stops with a message saying what
 * to install. Nothing downloads a browser from the internet.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

const candidates = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
      '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    apt: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    apt: 'firefox-esr',
  },
};

/** The path of each browser, or `undefined` when it is not found. */
export function findBrowsers() {
  const found = {};
  for (const [name, { env, paths }] of Object.entries(candidates)) {
    const fromEnv = process.env[env];
    found[name] = fromEnv && existsSync(fromEnv) ? fromEnv : paths.find((path) => existsSync(path));
  }
  return found;
}

/** Chromium flags for a closed network, root users and small /dev/shm. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // Tests run in several pages at once: keep background pages' timers and frames running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

function ensure() {
  let found = findBrowsers();
  const missing = Object.keys(candidates).filter((name) => !found[name]);
  if (missing.length === 0) return found;

  const packages = missing.map((name) => candidates[name].apt);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${packages.join(' and ')} with apt-get…`);
    const options = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    execFileSync('apt-get', ['update', '-q'], options);
    execFileSync('apt-get', ['install', '-y', '-q', ...packages], options);
    found = findBrowsers();
    if (missing.every((name) => found[name])) return found;
  }
  console.error(
    [
      `The tests need ${missing.map((name) => (name === 'chromium' ? 'Chromium (or Chrome)' : 'Firefox ESR (or Firefox)')).join(' and ')}, which were not found.`,
      `Install them (on Debian or Ubuntu: sudo apt-get install ${packages.join(' ')}),`,
      'or point CHROME_PATH and FIREFOX_PATH at the browser executables.',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv.includes('--ensure')) {
  const found = ensure();
  console.log(`Browsers: Chromium at ${found.chromium}, Firefox at ${found.firefox}`);
}
