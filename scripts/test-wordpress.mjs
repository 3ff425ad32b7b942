/**
 * The WordPress plugin on real WordPress: Debian's packages of WordPress 6.8 (trixie) and 6.1
 * (bookworm), MariaDB and PHP's built-in server, all on loopback, started and stopped here.
 * Needs `npm run build && npm run build:wordpress` first. Run: `npm run test:wordpress`.
 *
 * WordPress is fetched with `apt-get download` into a cache (WORDPRESS_CACHE, default
 * ~/.cache/back-pain-widgets) through its own sources list and apt state, so the system's apt is
 * untouched; once cached, a run needs no network. PHP and MariaDB come from Debian packages:
 * installed with apt-get when missing and the user is root, else the script says what to install.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const zipFile = join(root, 'dist/wordpress/back-pain-widgets.zip');
const cache = process.env.WORDPRESS_CACHE ?? join(homedir(), '.cache/back-pain-widgets');
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SYSTEM_PACKAGES = ['php-cli', 'php-mysql', 'php-xml', 'php-mbstring', 'php-curl', 'php-zip', 'php-gd', 'php-intl', 'mariadb-server'];
const RELEASES = {
  trixie: ['wordpress', 'wordpress-theme-twentytwentyfive', 'wordpress-theme-twentytwentyfour', 'libjs-cropper', 'libjs-lodash', 'libjs-underscore', 'php-getid3'],
  // Twenty Twenty-One, tested on 6.8 too, is packaged only up to bookworm.
  bookworm: ['wordpress', 'wordpress-theme-twentytwentythree', 'wordpress-theme-twentytwentyone', 'libjs-cropper', 'libjs-underscore', 'php-getid3'],
};
const PLUGIN = 'back-pain-widgets/back-pain-widgets.php';
const started = Date.now();
const running = [];
const temporary = mkdtempSync(join(tmpdir(), 'bpw-wordpress-'));

const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);

// ---------------------------------------------------------------------------------------------
// Set-up: packages, WordPress from the cache, MariaDB, PHP's server.

function ensureSystemPackages() {
  const haveModules = () => {
    try {
      const modules = execFileSync('php', ['-m'], { encoding: 'utf8' });
      return ['mysqli', 'xml', 'mbstring', 'zip'].every((module) => modules.includes(`\n${module}\n`));
    } catch {
      return false;
    }
  };
  if (haveModules() && mariadbd()) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`PHP with its MySQL, XML, mbstring and zip modules, and MariaDB, are needed: apt-get install ${SYSTEM_PACKAGES.join(' ')}`);
  }
  log('installing PHP and MariaDB with apt-get');
  const options = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  // A fresh machine may have no package lists yet (the browsers, already there, did not ask for them).
  execFileSync('apt-get', ['update', '-q'], options);
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...SYSTEM_PACKAGES], options);
}

function mariadbd() {
  return ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path));
}

/** WordPress as Debian packages it for a release, unpacked with its symlinks resolved. */
function wordpressFrom(suite) {
  // Named by its packages, so that a changed list fetches afresh.
  const dir = join(cache, `wordpress-${suite}-${createHash('sha256').update(RELEASES[suite].join(' ')).digest('hex').slice(0, 8)}`);
  const tree = join(dir, 'wordpress');
  if (existsSync(join(tree, 'wp-settings.php'))) return tree;
  log(`fetching WordPress from Debian ${suite}`);
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['lists/partial', 'cache/archives/partial', 'debs', 'unpacked']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(
    join(dir, 'debian.sources'),
    `Types: deb\nURIs: http://deb.debian.org/debian\nSuites: ${suite}\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`,
  );
  const apt = [
    `-oDir::Etc::SourceList=${join(dir, 'debian.sources')}`,
    '-oDir::Etc::SourceParts=/dev/null',
    `-oDir::State::Lists=${join(dir, 'lists')}`,
    `-oDir::Cache=${join(dir, 'cache')}`,
    '-oDir::State::status=/dev/null',
    '-oAPT::Sandbox::User=root',
    '-qq',
  ];
  execFileSync('apt-get', [...apt, 'update'], { stdio: 'inherit' });
  execFileSync('apt-get', [...apt, 'download', ...RELEASES[suite]], { cwd: join(dir, 'debs'), stdio: 'inherit' });
  for (const deb of readdirSync(join(dir, 'debs'))) execFileSync('dpkg', ['-x', join(dir, 'debs', deb), join(dir, 'unpacked')]);
  const unpacked = join(dir, 'unpacked/usr/share/wordpress');
  // Links into the system's /etc: Debian's Apache rules and its wp-config.php, not wanted here.
  rmSync(join(unpacked, '.htaccess'), { force: true });
  rmSync(join(unpacked, 'wp-config.php'), { force: true });
  execFileSync('cp', ['-rL', unpacked, tree]);
  rmSync(join(dir, 'unpacked'), { recursive: true, force: true });
  return tree;
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(command, args, options = {}) {
  // Its own process group: PHP's server forks workers, and all of them are stopped at the end.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  running.push(child);
  return { child, output: () => output };
}

async function waitFor(check, what, timeout = 30_000) {
  for (const until = Date.now() + timeout; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await check().catch(() => false)) return;
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function startDatabase() {
  const data = join(temporary, 'db');
  const socket = join(temporary, 'db.sock');
  const user = userInfo().username;
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  const db = start(mariadbd(), ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--user=${user}`, `--pid-file=${join(temporary, 'db.pid')}`]);
  await waitFor(async () => existsSync(socket), `MariaDB (${db.output()})`);
  return socket;
}

/** A fresh WordPress site from a cached release, on its own database and port. */
async function site(suite, socket) {
  const dir = join(temporary, suite);
  // Hard links: nothing on a test site writes to WordPress's own files, and copying is slow.
  execFileSync('cp', ['-al', wordpressFrom(suite), dir]);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', `CREATE DATABASE wp_${suite}`]);
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  writeFileSync(
    join(dir, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wp_${suite}' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${salts.map((salt) => `define( '${salt}', '${randomBytes(24).toString('hex')}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
// A test site: no cron, no updates, no requests to other hosts, no e-mail (mu-plugin).
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
define( 'WP_DEBUG_DISPLAY', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  mkdirSync(join(dir, 'wp-content/mu-plugins'), { recursive: true });
  writeFileSync(join(dir, 'wp-content/mu-plugins/test-site.php'), "<?php\nadd_filter( 'pre_wp_mail', '__return_false' );\n");
  php(
    dir,
    `define( 'WP_INSTALLING', true );`,
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
     wp_install( 'Praktijk De Linde', 'admin', 'admin@example.invalid', false, '', 'admin-password' );
     wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.invalid', 'role' => 'author' ) );
     wp_insert_user( array( 'user_login' => 'contributor', 'user_pass' => 'contributor-password', 'user_email' => 'contributor@example.invalid', 'role' => 'contributor' ) );`,
  );
  const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', dir], { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
  await waitFor(async () => (await fetch(`${url}/wp-login.php`)).ok, `PHP's server (${server.output()})`);
  return { dir, url, php: (code) => php(dir, '', code) };
}

/** Runs PHP inside WordPress (wp-load.php) and returns what it prints. */
function php(dir, before, code) {
  const file = join(dir, `cli-${randomBytes(4).toString('hex')}.php`);
  writeFileSync(file, `<?php\n${before}\nrequire __DIR__ . '/wp-load.php';\n${code}\n`);
  try {
    return execFileSync('php', [file], { cwd: dir, encoding: 'utf8' });
  } finally {
    rmSync(file);
  }
}

// ---------------------------------------------------------------------------------------------
// A browser-less visitor with cookies, for the admin screens and the REST API.

class Visitor {
  constructor(url) {
    this.url = url;
    this.cookies = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  }

  async request(path, { method = 'GET', body, headers = {} } = {}) {
    const response = await fetch(new URL(path, this.url), {
      method,
      body,
      redirect: 'manual',
      headers: { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '), ...headers },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair.split('=');
      this.cookies.set(name, value);
    }
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  }

  async logIn(user, password) {
    const form = new URLSearchParams({ log: user, pwd: password, 'wp-submit': 'Log In', testcookie: '1' });
    const { status } = await this.request('/wp-login.php', { method: 'POST', body: form });
    assert.equal(status, 302, `${user} logs in`);
    return this;
  }

  /** Uploads the zip as Plugins → Add New → Upload Plugin does; returns the result page. */
  async uploadPlugin() {
    const page = await this.request('/wp-admin/plugin-install.php?tab=upload');
    const nonce = page.text.match(/id="_wpnonce" name="_wpnonce" value="([^"]+)"/)?.[1];
    assert.ok(nonce, 'the upload form has a nonce');
    const form = new FormData();
    form.set('_wpnonce', nonce);
    form.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
    form.set('pluginzip', new Blob([readFileSync(zipFile)], { type: 'application/zip' }), 'back-pain-widgets.zip');
    form.set('install-plugin-submit', 'Install Now');
    return (await this.request('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body: form })).text;
  }

  async restNonce() {
    return (await this.request('/wp-admin/admin-ajax.php?action=rest-nonce')).text;
  }

  /** Publishes a post through the REST API, as the block editor does; returns its id. */
  async publish(title, content, status = 'publish') {
    const nonce = await this.restNonce();
    const response = await this.request('/?rest_route=/wp/v2/posts', {
      method: 'POST',
      body: JSON.stringify({ title, content, status }),
      headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
    });
    assert.equal(response.status, 201, `saved "${title}" as ${status}: ${response.text.slice(0, 300)}`);
    return JSON.parse(response.text).id;
  }
}

// ---------------------------------------------------------------------------------------------
// Content: blocks as the editor serialises them, a shortcode, and hostile values.

function block(tag, attributes = {}) {
  // The editor writes <, >, &, quotes and -- in block comments as \\u escapes.
  const json = JSON.stringify(attributes).replace(/[<>&]|\\"/g, (c) => ({ '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\\"': '\\u0022' })[c]);
  return `<!-- wp:back-pain-widgets/${tag} ${Object.keys(attributes).length ? `${json} ` : ''}/-->`;
}

const HOSTILE_URLS = ['javascript:alert(1)', '//evil.example', '/\\evil.example', '\\/evil.example', ' //evil.example', '/\t/evil.example', 'JaVaScRiPt:alert(1)', 'https:evil.example'];
const HOSTILE_TEXTS = ['"><script>alert(1)</script>', `x' onmouseover='alert(1)`, 'x" onfocus="alert(1)" autofocus="'];

function hostileContent() {
  const blocks = HOSTILE_URLS.map((url, i) =>
    block('back-pain-redflags', { contactUrl: url, contactName: HOSTILE_TEXTS[i % HOSTILE_TEXTS.length], layout: 'list" onclick="alert(1)' }),
  );
  const shortcodes = HOSTILE_URLS.filter((url) => !/["'\t]/.test(url)).map((url) => `[back_pain_widget widget="back-pain-treatments" redflags-href="${url}"]`);
  const quoted = `[back_pain_widget widget="back-pain-redflags" contact-name='x" onfocus="alert(1)' contact-url="javascript:alert(1)"]`;
  return [...blocks, ...shortcodes, quoted, '[back_pain_widget widget="<script>alert(1)</script>"]'].join('\n\n');
}

/** The start tags of the widgets in a page's HTML, with their attributes, parsed by a browser. */
async function widgetsIn(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.includes('-') && /^(back-pain|recovery|lifting|walking)/.test(element.localName))
      .map((element) => ({ tag: element.localName, attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])) })),
  );
}

function assertSafe(widgets, who) {
  assert.ok(widgets.length > 0, `${who}: widgets rendered`);
  for (const { tag, attributes } of widgets) {
    for (const [name, value] of Object.entries(attributes)) {
      assert.match(name, /^[a-z-]+$/, `${who}: <${tag}> has no attribute made from a value (${name})`);
      if (/-(url|href)$/.test(name)) {
        assert.match(value, /^(https:\/\/[^/\\]|tel:|mailto:|\/(?![/\\]))/, `${who}: <${tag} ${name}="${value}"> is https:, tel:, mailto: or a path on this site`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The browser.

async function openPage(browser, url, { javaScript = true } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  await page.setJavaScriptEnabled(javaScript);
  // A missing file is reported by its response below, with its address.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(`console: ${message.text()}`));
  page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()}: ${response.url()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`a script ran: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, problems, requests };
}

/**
 * The page's HTML has a modulepreload link for each of `files` (paths under the plugin's assets/),
 * once, before the loader; the page fetched each once (preloaded, then imported) and no other file
 * of the widgets.
 */
function assertPreloaded(wp, html, requests, files, what) {
  const assets = `${wp.url}/wp-content/plugins/back-pain-widgets/assets/`;
  const expected = [...new Set(files)].map((file) => assets + file);
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)" \/>/g)].map(([, href]) => href);
  assert.deepEqual([...preloaded].sort(), [...expected].sort(), `${what}: a modulepreload link for each file the loader fetches, once`);
  assert.ok(html.lastIndexOf(`<link rel="modulepreload" href="${assets}`) < html.indexOf(`<script type="module" src="${assets}loader.js`), `${what}: the preload links come before the loader`);
  const asked = requests.filter((url) => url.startsWith(assets));
  for (const url of expected) assert.equal(asked.filter((each) => each === url).length, 1, `${what}: ${url} is fetched once (preloaded, then imported)`);
  assert.deepEqual(asked.filter((url) => !expected.includes(url) && !url.includes('/loader.js')), [], `${what}: the page fetches no widget file it did not preload`);
}

/** Answers "no" to every question of the red-flag check until it shows its outcome. */
async function completeRedflags(page, selector) {
  await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('fieldset'), {}, selector);
  for (let step = 0; step < 12; step += 1) {
    const done = await page.evaluate((s) => {
      const root = document.querySelector(s).shadowRoot;
      if (root.querySelector('.contact:not([hidden])')) return true;
      for (const radio of root.querySelectorAll('input[type=radio][value=no]')) if (!radio.checked) radio.click();
      root.querySelector('button[part="next"]')?.click();
      return false;
    }, selector);
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the red-flag check showed no outcome with contact details');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  assert.ok(existsSync(zipFile), 'dist/wordpress/back-pain-widgets.zip exists: run npm run build && npm run build:wordpress');
  ensureSystemPackages();
  wordpressFrom('trixie');
  wordpressFrom('bookworm');
  const socket = await startDatabase();
  log('MariaDB started');

  // WordPress 6.8 -------------------------------------------------------------------------------
  const wp = await site('trixie', socket);
  log(`WordPress ${wp.php('echo get_bloginfo( "version" );')} installed at ${wp.url}`);
  const admin = await new Visitor(wp.url).logIn('admin', 'admin-password');
  const uploaded = await admin.uploadPlugin();
  assert.match(uploaded, /Plugin installed successfully/, 'the zip installs by Upload Plugin');
  const activate = uploaded.match(/href="([^"]*plugins\.php\?action=activate[^"]*)"/)?.[1]?.replaceAll('&amp;', '&');
  assert.ok(activate, 'the upload page offers to activate');
  const activated = await admin.request(new URL(activate, `${wp.url}/wp-admin/`).href);
  assert.equal(activated.status, 302, 'activation redirects');
  assert.match(wp.php('echo wp_json_encode( get_option( "active_plugins" ) );'), /back-pain-widgets/, 'the plugin is active');
  log('plugin uploaded and activated');

  const registered = JSON.parse(wp.php('echo wp_json_encode( array_keys( array_filter( WP_Block_Type_Registry::get_instance()->get_all_registered(), function ( $b ) { return 0 === strpos( $b->name, "back-pain-widgets/" ); } ) ) );'));
  const { widgets } = await import(join(root, 'scripts/widgets.mjs'));
  assert.deepEqual(registered.sort(), widgets.map(({ tag }) => `back-pain-widgets/${tag}`).sort(), 'one block per widget');

  // The Author writes; kses cleans what an Author saves.
  const author = await new Visitor(wp.url).logIn('author', 'author-password');
  const widgetPost = await author.publish(
    'Rugpijn',
    [block('back-pain-redflags', { layout: 'list' }), block('back-pain-treatments', { compact: true }), '[back_pain_widget widget="back-pain-faq" heading-level="3" open]'].join('\n\n'),
  );
  const plainPost = await author.publish('Openingstijden', '<!-- wp:paragraph --><p>Wij zijn open van 8 tot 17 uur.</p><!-- /wp:paragraph -->');
  const authorHostile = await author.publish('Hostile (Author)', hostileContent());
  // An Administrator's or an import's content is stored without kses.
  const rawHostile = Number(
    wp.php(`kses_remove_filters(); echo wp_insert_post( array( 'post_title' => 'Hostile (raw)', 'post_status' => 'publish', 'post_author' => 1, 'post_content' => ${JSON.stringify(hostileContent()).replaceAll('$', '\\$')} ) );`),
  );
  // A Contributor submits a post for review; an Editor or Administrator previews it.
  const contributor = await new Visitor(wp.url).logIn('contributor', 'contributor-password');
  const submitted = await contributor.publish('Tillen', `${block('lifting-tips', { layout: 'tabs' })}\n\n[back_pain_widget widget="back-pain-myths"]`, 'pending');
  const review = (await admin.request(`/?p=${submitted}&preview=true`)).text;
  assert.match(review, /<lifting-tips layout="tabs" lang="en">/, 'a Contributor\'s block renders');
  assert.match(review, /<back-pain-myths lang="en">/, 'a Contributor\'s shortcode renders');
  log('posts published by the Author, and submitted by a Contributor');

  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  try {
    // The post with widgets: each one rendered, no errors, every file from the site.
    const post = await openPage(browser, `${wp.url}/?p=${widgetPost}`);
    for (const tag of ['back-pain-redflags', 'back-pain-treatments', 'back-pain-faq']) {
      await post.page
        .waitForFunction((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.querySelector('[part="title"]'), { timeout: 15_000 }, tag)
        .catch((error) => {
          throw new Error(`<${tag}> was not rendered: ${error.message}\n${post.problems.join('\n')}\n${post.requests.join('\n')}`);
        });
    }
    const headings = await post.page.evaluate(() =>
      ['back-pain-redflags', 'back-pain-treatments', 'back-pain-faq'].map((t) => document.querySelector(t).shadowRoot.querySelector('[part="title"]').textContent.trim()),
    );
    assert.equal(headings[0], 'Back pain: do I need to see a GP?', `English on an en_US site: ${headings}`);
    assert.deepEqual(post.problems, [], 'no console errors on the post with widgets');
    const foreign = post.requests.filter((url) => !url.startsWith(wp.url) && !url.startsWith(`blob:${wp.url}`));
    assert.deepEqual(foreign, [], 'every file comes from the site');
    const html = await (await fetch(`${wp.url}/?p=${widgetPost}`)).text();
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.ok(html.includes(`<script type="module" src="${wp.url}/wp-content/plugins/back-pain-widgets/assets/loader.js?ver=${version}" id="back-pain-widgets-js-module">`), 'the loader is a script module with the package version');
    assert.match(html, /<back-pain-faq open lang="en" heading-level="3">/, 'the shortcode renders with its attributes, a bare one as on');
    const loaderFiles = JSON.parse(readFileSync(join(root, 'dist/cdn/files.json'), 'utf8'));
    assertPreloaded(wp, html, post.requests, ['back-pain-redflags', 'back-pain-treatments', 'back-pain-faq'].flatMap((tag) => loaderFiles.widgets[tag].en), 'three widgets');
    await post.page.close();
    log('post with widgets: rendered, no errors, all files from the site');

    // Every widget on one page: the loader fetches the chunk with all of them, and that is what is preloaded.
    const everyPost = await author.publish('Alles over rugpijn', widgets.map(({ tag }) => block(tag)).join('\n\n'));
    const every = await openPage(browser, `${wp.url}/?p=${everyPost}`);
    await every.page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part="title"]')), { timeout: 15_000 }, widgets.map(({ tag }) => tag));
    assert.ok(widgets.length >= loaderFiles.manyWidgets.from, 'enough widgets for the chunk with every widget');
    assertPreloaded(wp, await (await fetch(`${wp.url}/?p=${everyPost}`)).text(), every.requests, loaderFiles.manyWidgets.files.en, 'every widget');
    assert.deepEqual(every.problems, [], 'no console errors on the post with every widget');
    await every.page.close();
    log('preload links: the files of three widgets, and the chunk with every widget on a page with all of them');

    // A post without widgets loads none of the plugin's files.
    const plain = await openPage(browser, `${wp.url}/?p=${plainPost}`);
    assert.deepEqual(plain.requests.filter((url) => url.includes('back-pain-widgets')), [], 'no plugin files on a post without widgets');
    assert.doesNotMatch(await plain.page.content(), /back-pain-widgets/, 'no plugin markup or styles on a post without widgets');
    await plain.page.close();

    // Hostile values execute nothing and link to no other site, with and without kses.
    for (const [who, id] of [
      ['as the Author', authorHostile],
      ['stored without kses', rawHostile],
    ]) {
      const hostile = await openPage(browser, `${wp.url}/?p=${id}`);
      await hostile.page.waitForFunction(() => customElements.get('back-pain-redflags'), { timeout: 15_000 });
      const found = await widgetsIn(hostile.page);
      assertSafe(found, who);
      const scripts = await hostile.page.evaluate(() => [...document.scripts].filter((s) => s.textContent.includes('alert(')).length);
      assert.equal(scripts, 0, `${who}: no injected script element`);
      const links = await hostile.page.evaluate(() => {
        const hrefs = [];
        const walk = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.href) hrefs.push(String(element.href));
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        // The theme's own links (its footer credits WordPress) are not the widgets'.
        for (const widget of document.querySelectorAll(':is(back-pain-redflags, back-pain-treatments)')) walk(widget.shadowRoot ?? widget);
        // A path such as /evil.example is this site; only another host or javascript: is wrong.
        return hrefs.filter((href) => /^javascript:/i.test(href) || (/^https?:/.test(href) && new URL(href).host !== location.host));
      });
      assert.deepEqual(links, [], `${who}: no link to another site or javascript:`);
      await completeRedflagsIfContact(hostile.page);
      assert.deepEqual(hostile.problems.filter((p) => p.startsWith('a script ran') || p.startsWith('page error')), [], `${who}: nothing executed`);
      await hostile.page.close();
    }
    log('hostile values: nothing executed, no foreign links');

    // Settings: nonce and capability, then the phone on the red-flag check's outcome.
    const settingsForm = (await admin.request('/wp-admin/options-general.php?page=back-pain-widgets')).text;
    const nonce = settingsForm.match(/name="_wpnonce" value="([^"]+)"/)?.[1];
    assert.ok(nonce, 'the settings form has a nonce');
    const values = {
      'contact-name': 'Huisartsenpraktijk De Linde',
      'contact-phone': '020 123 45 67',
      'contact-url': '/contact',
      'physio-url': 'javascript:alert(1)',
      lang: '',
      accent: '#00563f',
    };
    const form = (withNonce) =>
      new URLSearchParams({
        option_page: 'back_pain_widgets',
        action: 'update',
        ...(withNonce ? { _wpnonce: withNonce } : {}),
        _wp_http_referer: '/wp-admin/options-general.php?page=back-pain-widgets',
        ...Object.fromEntries(Object.entries(values).map(([key, value]) => [`back_pain_widgets[${key}]`, value])),
      });
    const stored = () => wp.php('echo wp_json_encode( get_option( "back_pain_widgets" ) );');
    const before = stored();
    const withoutNonce = await admin.request('/wp-admin/options.php', { method: 'POST', body: form(undefined) });
    assert.notEqual(withoutNonce.status, 302, 'no save without a nonce');
    const asAuthor = await author.request('/wp-admin/options.php', { method: 'POST', body: form(nonce) });
    assert.notEqual(asAuthor.status, 302, 'no save by an Author, even with a nonce');
    assert.equal((await author.request('/wp-admin/options-general.php?page=back-pain-widgets')).status, 403, 'an Author cannot open the settings');
    assert.equal(stored(), before, 'nothing was saved without nonce and capability');
    const saved = await admin.request('/wp-admin/options.php', { method: 'POST', body: form(nonce) });
    assert.equal(saved.status, 302, 'the Administrator saves the settings');
    const option = JSON.parse(stored());
    assert.equal(option['contact-phone'], '020 123 45 67');
    assert.equal(option['physio-url'], '', 'a javascript: address is refused');
    assert.equal(option.accent, '#00563f');
    const settingsPage = await admin.request('/wp-admin/options-general.php?page=back-pain-widgets');
    assert.match(settingsPage.text, /<back-pain-redflags contact-name="Huisartsenpraktijk De Linde" contact-phone="020 123 45 67" contact-url="\/contact"/, 'the settings page previews the widget');

    const outcome = await openPage(browser, `${wp.url}/?p=${widgetPost}`);
    await completeRedflags(outcome.page, 'back-pain-redflags');
    const call = await outcome.page.evaluate(() => {
      const link = document.querySelector('back-pain-redflags').shadowRoot.querySelector('.contact a[part="contact-call"]');
      return { href: link.getAttribute('href'), text: link.textContent.replace(/\s+/g, ' ') };
    });
    assert.equal(call.href, 'tel:0201234567');
    assert.match(call.text, /Huisartsenpraktijk De Linde/);
    assert.match(call.text, /020 123 45 67/);
    assert.match(await outcome.page.content(), /--bp-color-accent:light-dark\(#00563f/, 'the accent colour reaches the tokens');
    assert.deepEqual(outcome.problems, []);
    await outcome.page.close();
    log('settings: saved only with nonce and capability; the phone shows on the outcome');

    // Without JavaScript: the fallback text with 112.
    const noScript = await openPage(browser, `${wp.url}/?p=${widgetPost}`, { javaScript: false });
    const text = await noScript.page.evaluate(() => document.querySelector('back-pain-redflags').innerText);
    assert.match(text, /Back pain: do I need to see a GP\?/);
    assert.match(text, /call 112/);
    await noScript.page.close();

    // Site locale nl_BE: Flemish texts and routes.
    mkdirSync(join(wp.dir, 'wp-content/languages'), { recursive: true });
    writeFileSync(join(wp.dir, 'wp-content/languages/nl_BE.mo'), emptyMo());
    wp.php(`update_option( 'WPLANG', 'nl_BE' ); update_option( 'back_pain_widgets', array_merge( get_option( 'back_pain_widgets' ), array( 'lang' => '' ) ) );`);
    assert.equal(wp.php('echo get_locale();'), 'nl_BE', 'WordPress accepts the nl_BE locale');
    const flemish = await openPage(browser, `${wp.url}/?p=${widgetPost}`, { javaScript: false });
    const flemishWidget = await flemish.page.evaluate(() => ({ lang: document.querySelector('back-pain-redflags').lang, text: document.querySelector('back-pain-redflags').innerText }));
    assert.equal(flemishWidget.lang, 'nl-BE');
    assert.match(flemishWidget.text, /huisartsenwachtpost op 1733/);
    await flemish.page.close();
    log('no JavaScript: fallback with 112; nl_BE: Flemish');

    await themeChecks(browser, wp, widgetPost);
    log('themes: readable in Twenty Twenty-Four, Twenty Twenty-Five and Twenty Twenty-One, whose dark mode gives dark widgets');
    await settingsPreview(browser, wp.url);
    log('settings page: the preview is the real widget');
    await editorChecks(browser, wp.url);
    log('editor: blocks with their controls and the real widget as preview; Flemish titles in the inserter');

    if (process.env.WORDPRESS_SCREENSHOTS) {
      const shot = await openPage(browser, `${wp.url}/?p=${widgetPost}`);
      await shot.page.setViewport({ width: 1000, height: 1400 });
      await shot.page.screenshot({ path: join(root, 'docs/screenshots/wordpress-page.png') });
      await shot.page.close();
    }
  } finally {
    await browser.close();
  }
  const debugLog = existsSync(join(wp.dir, 'debug.log')) ? readFileSync(join(wp.dir, 'debug.log'), 'utf8') : '';
  assert.doesNotMatch(debugLog, /back-pain-widgets/, `no PHP notices from the plugin:\n${debugLog}`);

  // WordPress 6.1: refused, and the guard if it is active anyway ------------------------------------
  const old = await site('bookworm', socket);
  const oldVersion = old.php('echo get_bloginfo( "version" );');
  log(`WordPress ${oldVersion} installed at ${old.url}`);
  const oldAdmin = await new Visitor(old.url).logIn('admin', 'admin-password');
  const refused = await oldAdmin.uploadPlugin();
  assert.doesNotMatch(refused, /Plugin installed successfully/, `WordPress ${oldVersion} refuses the upload`);
  const reason = refused.match(/<p>([^<]*6\.5[^<]*)<\/p>/)?.[1];
  assert.ok(reason, 'and says it needs WordPress 6.5');
  cpSync(join(root, 'dist/wordpress/back-pain-widgets'), join(old.dir, 'wp-content/plugins/back-pain-widgets'), { recursive: true });
  const activation = old.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; $result = activate_plugin( '${PLUGIN}' ); echo is_wp_error( $result ) ? $result->get_error_message() : 'activated';`);
  assert.notEqual(activation, 'activated', `WordPress ${oldVersion} refuses activation`);
  // As after a downgrade: active on an old WordPress, the plugin loads nothing and says why.
  old.php(`update_option( 'active_plugins', array( '${PLUGIN}' ) );`);
  const dashboard = await oldAdmin.request('/wp-admin/index.php');
  assert.equal(dashboard.status, 200);
  assert.match(dashboard.text, /Back pain widgets needs WordPress 6\.5 or later/, 'an admin notice explains');
  const front = await new Visitor(old.url).request(`/?p=1`);
  assert.equal(front.status, 200, 'the site keeps working');
  assert.doesNotMatch(front.text, /back-pain-widgets/, 'and loads nothing of the plugin');
  log(`WordPress ${oldVersion}: upload refused ("${reason}"), activation refused ("${activation}"); a downgraded site shows a notice`);

  // Uninstall removes the option.
  wp.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins( '${PLUGIN}' ); uninstall_plugin( '${PLUGIN}' );`);
  assert.equal(wp.php('var_export( get_option( "back_pain_widgets", "gone" ) );'), "'gone'", 'uninstall removes the option');
  log('uninstall removes the option');
}

/** Text and background of the red-flag check in each theme: readable, and dark in a dark mode. */
async function themeChecks(browser, wp, postId) {
  cpSync(join(wordpressFrom('bookworm'), 'wp-content/themes/twentytwentyone'), join(wp.dir, 'wp-content/themes/twentytwentyone'), { recursive: true });
  const cases = [
    ['twentytwentyfour', 'light'],
    ['twentytwentyfive', 'light'],
    ['twentytwentyone', 'light'],
    ['twentytwentyone', 'dark'],
  ];
  for (const [theme, scheme] of cases) {
    // Twenty Twenty-One's dark mode follows the reader's preference once the site allows it.
    wp.php(`switch_theme( '${theme}' ); set_theme_mod( 'respect_user_color_preference', true );`);
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${wp.url}/?p=${postId}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('back-pain-redflags')?.shadowRoot?.querySelector('.widget'), { timeout: 15_000 });
    const { text, background, darkTheme } = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('back-pain-redflags').shadowRoot.querySelector('.widget'));
      return { text: style.color, background: style.backgroundColor, darkTheme: document.body.classList.contains('is-dark-theme') };
    });
    const ratio = contrast(text, background);
    assert.ok(ratio >= 4.5, `${theme} (${scheme}): text ${text} on ${background} has contrast ${ratio.toFixed(2)}`);
    if (scheme === 'dark') {
      assert.ok(darkTheme, `${theme} switched to its dark mode`);
      assert.ok(luminance(background) < 0.2, `${theme} in dark mode: the widget is dark too, not a white box (${background})`);
    }
    await page.close();
  }
  wp.php(`switch_theme( 'twentytwentyfive' );`);
}

function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The settings page's preview, as the Administrator sees it, is the real widget. */
async function settingsPreview(browser, url) {
  const { page, problems } = await openPage(browser, `${url}/wp-login.php`);
  await page.type('#user_login', 'admin');
  await page.type('#user_pass', 'admin-password');
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  await page.goto(`${url}/wp-admin/options-general.php?page=back-pain-widgets`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('back-pain-redflags')?.shadowRoot?.querySelector('[part="title"]'), { timeout: 15_000 });
  assert.deepEqual(problems, [], 'no errors on the settings page');
  await page.close();
}

/**
 * The block editor as the Author sees it (site in nl_BE): the inserter finds the blocks by a Dutch
 * word with their Flemish titles, a block gets a control per attribute (a date picker for a date),
 * and its preview in the editor's iframe is the real widget.
 */
async function editorChecks(browser, url) {
  const { page, problems } = await openPage(browser, `${url}/wp-login.php`);
  await page.setViewport({ width: 1280, height: 900 });
  await page.type('#user_login', 'author');
  await page.type('#user_pass', 'author-password');
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('back-pain-widgets/recovery-timeline')?.edit, { timeout: 30_000 });
  await page.evaluate(() => window.wp.data.dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false));

  await page.click('button.editor-document-tools__inserter-toggle');
  await page.waitForSelector('.block-editor-inserter__search input');
  await page.type('.block-editor-inserter__search input', 'rugpijn');
  await page.waitForFunction(() => document.querySelector('.block-editor-block-types-list')?.textContent.includes('Moet ik naar de huisarts?'), { timeout: 10_000 });
  if (process.env.WORDPRESS_SCREENSHOTS) await page.screenshot({ path: join(root, 'docs/screenshots/wordpress-inserter.png') });
  await page.click('button.editor-document-tools__inserter-toggle');

  await page.evaluate(() => {
    const block = window.wp.blocks.createBlock('back-pain-widgets/recovery-timeline', { onset: '2026-11-30' });
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
  });
  const canvas = await waitForCanvas(page);
  await canvas.waitForFunction(() => document.querySelector('recovery-timeline')?.shadowRoot?.querySelector('[part="title"]'), { timeout: 15_000 });
  const preview = await canvas.evaluate(() => ({ onset: document.querySelector('recovery-timeline').getAttribute('onset'), lang: document.querySelector('recovery-timeline').lang }));
  assert.deepEqual(preview, { onset: '2026-11-30', lang: 'nl-BE' }, 'the preview is the real widget with the block\'s attributes');
  await page.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
  await page.waitForSelector('.block-editor-block-inspector input[type="date"]');
  const controls = await page.evaluate(() => [...document.querySelectorAll('.block-editor-block-inspector label')].map((label) => label.textContent.trim()));
  for (const label of ['Onset', 'Day', 'Redflags href', 'Lang', 'Heading level', 'Theme']) assert.ok(controls.includes(label), `a control for ${label}: ${controls}`);
  assert.deepEqual(problems.filter((problem) => /back-pain|bpw|backPain/i.test(problem)), [], 'no errors from the plugin in the editor');
  await page.close();
}

async function waitForCanvas(page) {
  for (let i = 0; i < 100; i += 1) {
    const frame = page.frames().find((f) => f.name() === 'editor-canvas');
    if (frame) return frame;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the editor has no canvas iframe');
}

/** If a widget shows a contact block on its outcome, reach it: its links are checked too. */
async function completeRedflagsIfContact(page) {
  const count = await page.evaluate(() => document.querySelectorAll('back-pain-redflags').length);
  if (count > 0) await completeRedflags(page, 'back-pain-redflags');
}

/** A .mo file with no messages: WordPress offers a locale only when its file is there. */
function emptyMo() {
  const header = Buffer.alloc(28);
  [0x950412de, 0, 0, 28, 28, 0, 28].forEach((value, i) => header.writeUInt32LE(value, i * 4));
  return header;
}

function stopAll() {
  for (const child of running.reverse()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already stopped.
    }
  }
}

try {
  await main();
  log('WordPress tests passed');
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  stopAll();
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(temporary, { recursive: true, force: true });
}
