// `npm run start:lan`: serve the game to a classroom from the teacher's laptop. It builds the app
// (npm run build, into dist/) and serves that build on every network interface (0.0.0.0) with the
// same Content-Security-Policy header as `npm run preview`, then prints a warning that anyone on the
// network can reach it and the addresses students should open. `npm start` stays on 127.0.0.1.
//
//   npm run start:lan                    build, then serve on port 4173
//   npm run start:lan -- --port 8080     another port
//   npm run start:lan -- --no-build      serve the dist/ already built
//
// Stop it with Ctrl+C. docs/hosting.md ("A classroom laptop") says what works over plain http.
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_LAN_PORT = 4173;

/**
 * The IPv4 addresses of this machine that other machines on the network can reach: external
 * (not loopback) interfaces, link-local (169.254.x.x, no DHCP answer) last. IPv6 is left out: a
 * student types these addresses, and IPv4 is what every classroom network routes.
 */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  const found: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      const v4 = info.family === 'IPv4' || (info.family as unknown) === 4;
      if (v4 && !info.internal && !found.includes(info.address)) found.push(info.address);
    }
  }
  const linkLocal = (a: string) => a.startsWith('169.254.');
  return [...found.filter((a) => !linkLocal(a)), ...found.filter(linkLocal)];
}

/** The banner printed once the server listens: the warning first, then the addresses. */
export function lanBanner(addresses: readonly string[], port: number): string {
  const urls = addresses.map((a) => `    http://${a}:${port}/`);
  const lines = [
    '',
    '  WARNING: the game is now served to the whole network this computer is on.',
    '  Anyone who can reach this computer (every device on this Wi-Fi or LAN, not only your class)',
    '  can open it while this command runs. It sends nothing back and stores nothing here, but only',
    '  run it on a school network you trust, and stop it with Ctrl+C when the lesson ends.',
    '',
  ];
  if (urls.length === 0) {
    lines.push('  No network address found: this computer is not connected to a network.', `  On this computer only: http://127.0.0.1:${port}/`);
  } else {
    lines.push('  Students open:', ...urls, '');
    lines.push('  Open the same address on your own computer too (not 127.0.0.1 or localhost), so the share');
    lines.push('  links and QR codes the game makes point at an address students can reach.');
    if (urls.length > 1) lines.push('  (Several addresses: use the one on the classroom network, usually the Wi-Fi one.)');
  }
  lines.push('');
  return lines.join('\n');
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const port = Number(option('--port') ?? DEFAULT_LAN_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port: expected a port number, got ${option('--port')}`);
  if (!process.argv.includes('--no-build')) await build({ root: ROOT, logLevel: 'warn' });
  // vite.config.ts's preview settings (the CSP header) with the host opened to the network.
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { host: '0.0.0.0', port, strictPort: true } });
  const address = server.httpServer.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(lanBanner(lanAddresses(), listening));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
