/**
 * nginx and Apache, started on a free port of 127.0.0.1 with the configuration blocks docs/DEPLOY.md gives
 * district IT staff, so the recipes are tested as written. Each is used only where it is installed (.ci/run
 * installs both); `available()` says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface WebServer {
  name: 'nginx' | 'apache';
  /** The path a missing binary would be at; `available()` checks it. */
  binary: string;
}

export const NGINX: WebServer = { name: 'nginx', binary: '/usr/sbin/nginx' };
export const APACHE: WebServer = { name: 'apache', binary: '/usr/sbin/apache2' };

export const available = (server: WebServer): boolean => existsSync(server.binary);

/** The fenced block of docs/DEPLOY.md in `language` ("nginx", "apache"): exactly one must exist. */
export function deployBlock(language: string): string {
  const doc = readFileSync('docs/DEPLOY.md', 'utf8');
  const blocks = [...doc.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(
    ([, body]) => body,
  );
  if (blocks.length !== 1)
    throw new Error(`docs/DEPLOY.md should hold one \`\`\`${language} block, not ${blocks.length}`);
  return blocks[0]!;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitForPort(origin: string, process: ChildProcess, log: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (process.exitCode !== null) break;
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The web server did not start:\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
}

/** The Apache modules the recipe needs; the rest of Debian's are left out. */
const APACHE_MODULES = ['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'headers'];

/**
 * Serves `www` (which holds the site in a folder named after `path`, as docs/DEPLOY.md says: `/coaching/`
 * → `<www>/coaching/`) with DEPLOY.md's block for `server`, in the folder `work`. Resolves to its origin
 * and a stop function.
 */
export async function startWebServer(
  server: WebServer,
  { www, work, path }: { www: string; work: string; path: string },
): Promise<{ origin: string; stop(): Promise<void> }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  mkdirSync(join(work, 'logs'), { recursive: true });
  const log = join(work, 'logs', 'error.log');
  const root = process.getuid?.() === 0;
  let child: ChildProcess;
  if (server.name === 'nginx') {
    const block = deployBlock('nginx').replaceAll('/var/www', www).replaceAll('/coaching/', path);
    const temp = (name: string) => `${name}_temp_path ${join(work, name)};`;
    writeFileSync(
      join(work, 'nginx.conf'),
      [
        root ? 'user root;' : '',
        'worker_processes 1;',
        `error_log ${log};`,
        `pid ${join(work, 'nginx.pid')};`,
        'events { worker_connections 64; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
        `  server { listen 127.0.0.1:${port};\n${block}\n  }`,
        '}',
      ].join('\n'),
    );
    child = spawn(server.binary, ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: 'ignore',
    });
  } else {
    const block = deployBlock('apache').replaceAll('/var/www', www).replaceAll('/coaching/', path);
    const dir = '/usr/lib/apache2/modules';
    writeFileSync(
      join(work, 'apache.conf'),
      [
        ...APACHE_MODULES.map((name) => `LoadModule ${name}_module ${dir}/mod_${name}.so`),
        root ? 'User nobody\nGroup nogroup' : '',
        `ServerName 127.0.0.1`,
        `Listen 127.0.0.1:${port}`,
        `PidFile ${join(work, 'apache.pid')}`,
        `DefaultRuntimeDir ${work}`,
        `ErrorLog ${log}`,
        `TypesConfig ${existsSync('/etc/mime.types') ? '/etc/mime.types' : '/dev/null'}`,
        block,
      ].join('\n'),
    );
    child = spawn(server.binary, ['-f', join(work, 'apache.conf'), '-DFOREGROUND'], { stdio: 'ignore' });
  }
  await waitForPort(origin, child, log);
  return {
    origin,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The headers a host must send for the service worker, the manifests and the hashed files (DEPLOY.md). */
export function headersOf(response: { headers(): Record<string, string> }): Record<string, string> {
  const { 'cache-control': cache = '', 'content-type': type = '' } = response.headers();
  return { cache, type: type.split(';')[0]!.trim() };
}
