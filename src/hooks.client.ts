import { baseLocale, isLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

// A page's language cannot change while it lives: switching posts to /language, which sets
// the cookie and loads a new page. So the browser takes it once from what the server
// rendered, instead of Paraglide reading the address and the cookie again for every message
// (29 of about 380 ms of script time while /circles started, at 4× CPU slowdown).
const lang = document.documentElement.lang;
const pageLocale = isLocale(lang) ? lang : baseLocale;
overwriteGetLocale(() => pageLocale);
