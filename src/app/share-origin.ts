// Whether a share link can reach students' devices: a page served on a loopback address
// (127.0.0.0/8, localhost and its subdomains, [::1]) gives links that open only on the computer that
// serves it. The Share dialog then says so and how to fix it (src/ui/kit/header.ts). Pure.

/** True when `url`'s host is a loopback address. Unparsable text is not. */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]' || host === '::1') return true;
  return /^127(?:\.\d{1,3}){3}$/.test(host);
}
