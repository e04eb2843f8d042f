// Components read their text with uiFor(lang), which needs the language modules loaded, as the island
// entries in src/islands/ do on a page. Tests load every language.
import '../src/i18n/pages';
