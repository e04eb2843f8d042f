/**
 * Preferences of this browser, not of any assessment. Stored as plain text, never exported or shared:
 *
 *   "dcsa:theme"  "system" | "light" | "dark"   (absent means "system")
 *
 * The theme is applied before the first paint by a small script in the head of every page (see
 * layouts/Base.astro), which reads the same key; "system" follows the operating system's setting.
 * Anything else found under the key reads as "system", and is replaced on the next change.
 */
import { commit, storedAtom } from './persisted';
import type { WriteResult } from './storage';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The localStorage key of the theme, read by the script in the head of every page too. */
export const THEME_KEY = 'dcsa:theme';

/** True for the values a theme can take. */
export function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

/** The chosen theme; synced across tabs. */
export const $theme = storedAtom<Theme>(
  THEME_KEY,
  (raw) => (isTheme(raw) ? raw : 'system'),
  (value) => (value === 'system' ? undefined : value),
);

/**
 * Chooses a theme; anything but "light" or "dark" means following the system. When storage refuses it,
 * the theme still applies to this tab, and the result says it will not last.
 */
export function setTheme(value: string): WriteResult {
  return commit($theme, isTheme(value) ? value : 'system', 'keep');
}
