// The offline page runs no JavaScript: the service worker shows it at the address that was
// asked for, where the scripts of that other page may not be kept (they would fail to load
// and make the page reload again and again).
export const csr = false;
