/**
 * The /saved/ page's script: lists everything set aside in this browser, of every kind (answers,
 * snapshots, workshops, and keys of no kind this version knows), with what each is, its size, a download of
 * its text exactly as stored, and a deletion the person confirms. Plain DOM, no island: the page's words
 * are in its HTML (data attributes and a template), so the script carries none and shares no chunk with the
 * islands of other pages.
 */
import {
  readSetAside,
  removeSetAside,
  setAsideKind,
  storedSize,
  unreadableFileName,
} from '../../lib/set-aside';

/** The page's words, written by the page at build time; "{}" marks where a value goes. */
interface Words {
  /** What each known key holds, by key: "Snapshots of “Coach Deployment”". */
  names: Record<string, string>;
  other: string;
  size: string;
  deleted: string;
  confirm: string;
}

const fill = (template: string, value: string) => template.replace('{}', value);

export function showSetAside(root: HTMLElement): void {
  const words = JSON.parse(root.dataset.words ?? '{}') as Words;
  const lang = document.documentElement.lang;
  const list = root.querySelector('ul')!;
  const template = root.querySelector('template')!;
  const status = root.querySelector('[role="status"]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const size = (bytes: number) =>
    new Intl.NumberFormat(lang, {
      style: 'unit',
      unit: bytes < 1024 ? 'byte' : 'kilobyte',
      unitDisplay: 'long',
      maximumFractionDigits: 1,
    }).format(bytes < 1024 ? bytes : bytes / 1024);

  /** The download links' object URLs, released when the list is drawn again. */
  let links: string[] = [];
  const show = () => {
    for (const url of links) URL.revokeObjectURL(url);
    links = [];
    const items = readSetAside();
    list.replaceChildren(
      ...items.map(({ key, text }) => {
        const known = setAsideKind(key);
        const what = words.names[key] ?? fill(words.other, key);
        const item = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
        item.dataset.key = key;
        item.querySelector('h2')!.textContent = what;
        item.querySelector('p')!.textContent = fill(words.size, size(storedSize(text)));
        const download = item.querySelector('a')!;
        download.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
        download.download = unreadableFileName(known?.kind ?? null, known?.rubric ?? key);
        links.push(download.href);
        item.querySelector('[data-delete]')!.addEventListener('click', () => {
          if (!window.confirm(words.confirm)) return;
          removeSetAside(key);
          status.textContent = fill(words.deleted, what);
          show();
        });
        return item;
      }),
    );
    empty.hidden = items.length > 0;
    root.removeAttribute('aria-busy');
  };
  show();
  // Another tab may set data aside, or delete it, while this page is open.
  addEventListener('storage', show);
}
