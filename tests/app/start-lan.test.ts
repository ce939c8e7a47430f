// `npm run start:lan` (scripts/start-lan.ts): the addresses it prints are the ones other machines can
// reach (IPv4, not loopback, link-local last), and the banner warns before it lists them.
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddresses, lanBanner } from '../../scripts/start-lan';

const iface = (address: string, family: 'IPv4' | 'IPv6', internal = false): NetworkInterfaceInfo =>
  ({ address, family, internal, netmask: '', mac: '00:00:00:00:00:00', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) }) as NetworkInterfaceInfo;

describe('start:lan', () => {
  it('lists the reachable IPv4 addresses, loopback and IPv6 left out, link-local last', () => {
    const found = lanAddresses({
      lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
      eth0: [iface('169.254.10.2', 'IPv4'), iface('fe80::1', 'IPv6')],
      wlan0: [iface('192.168.1.23', 'IPv4'), iface('2001:db8::5', 'IPv6')],
    });
    expect(found).toEqual(['192.168.1.23', '169.254.10.2']);
  });

  it('warns that the whole network can reach it, then gives the students their address', () => {
    const text = lanBanner(['192.168.1.23'], 4173);
    expect(text.indexOf('WARNING')).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/Anyone who can reach this computer/);
    expect(text.indexOf('WARNING')).toBeLessThan(text.indexOf('http://192.168.1.23:4173/'));
    expect(text).not.toContain('http://127.0.0.1');
  });

  it('says so when the computer has no network address', () => {
    const text = lanBanner([], 4173);
    expect(text).toContain('No network address found');
    expect(text).toContain('http://127.0.0.1:4173/');
  });
});
