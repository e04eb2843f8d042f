/**
 * Preferences of this browser, not of any assessment. Stored as plain text, never exported or shared:
 *
 *   "dcsa:theme"  "system" | "light" | "dark"   (absent means "system")
 *
 * The theme is applied before the first paint by a small script in the head of every page (see
 * layouts/Base.astro), which reads the same key; "system" follows the operating system's setting.
 * Anything else found under the key reads as "system", and is replaced on the next change.
 */
import { persistentAtom } from '@nanostores/persistent';
import './storage';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The localStorage key of the theme, read by the script in the head of every page too. */
export const THEME_KEY = 'dcsa:theme';

/** True for the values a theme can take. */
export function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

/** The chosen theme; synced across tabs. */
export const $theme = persistentAtom<Theme>(THEME_KEY, 'system', {
  encode: (value) => (value === 'system' ? undefined : value),
  decode: (raw) => (isTheme(raw) ? raw : 'system'),
});

/** Chooses a theme; anything but "light" or "dark" means following the system. */
export function setTheme(value: string): void {
  $theme.set(isTheme(value) ? value : 'system');
}
