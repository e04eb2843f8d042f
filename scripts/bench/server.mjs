// The site the bench measures: built (unless --no-build) and served by astro preview on a free port.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Builds the site into dist/, showing only the build's errors. */
export function buildSite(root) {
  console.log('Building the site…');
  const { status } = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  if (status !== 0) throw new Error('The site did not build.');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Serves dist/ with astro preview on a free port; resolves, once it answers, to its base URL and a stop
 * function (also called when the process exits).
 */
export async function serveSite(root) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const preview = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  try {
    await waitFor(`${base}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}
