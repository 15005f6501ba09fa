import { baseLocale, isLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

// A page's language cannot change while it lives: switching posts to /language, which sets
// the cookie and loads a new page. So the browser takes it once from what the server
// rendered, instead of Paraglide reading the address and the cookie again for every message
// (about a fifth of the script time while a page starts, measured on /circles).
const lang = document.documentElement.lang;
const pageLocale = isLocale(lang) ? lang : baseLocale;
overwriteGetLocale(() => pageLocale);
