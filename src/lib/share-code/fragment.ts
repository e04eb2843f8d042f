/** The link fragment that carries a code: writing it, and finding the code in a hash however mangled. */

/** The fragment that carries a code in a results link: `#r=<code>`. */
export function shareFragment(code: string): string {
  return `#r=${code}`;
}

/**
 * The code in a location hash, or null when the hash carries none. Forgives what chat apps and mail do to
 * links: URL-encoding, spaces and line breaks anywhere, and punctuation stuck to the end ("…#r=abc.").
 * An `#r=` with nothing after it gives '' (decodeShareCode then says the link is empty).
 */
export function readShareFragment(hash: string): string | null {
  if (typeof hash !== 'string') return null;
  let text = hash;
  for (let round = 0; round < 3 && text.includes('%'); round++) {
    try {
      const decoded = decodeURIComponent(text);
      if (decoded === text) break;
      text = decoded;
    } catch {
      break;
    }
  }
  text = text.replace(/\s+/g, '').replace(/^#/, '');
  for (const part of text.split(/[&;]/)) {
    if (part.startsWith('r=')) return part.slice(2).replace(/[.,;:!?)\]}>"'”’»]+$/u, '');
  }
  return null;
}
