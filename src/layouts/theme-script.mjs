// The script that applies the saved theme (stores/preferences.ts) before the first paint. Base.astro
// inlines it in the head of every page and astro.config.mjs adds its hash to the Content-Security-Policy,
// both from this one string, so they always agree. Without storage it does nothing: the system's theme.
export const themeScript =
  "try{var t=localStorage.getItem('dcsa:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
