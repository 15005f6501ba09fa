// The chat's safety notices (the crisis help and the concern line) with the words read out when
// one appears. Only a send with heavy words shows one, so this is fetched apart from the chat's
// JavaScript to start (issue 13: 60 kB): the page fetches it once its live connection is up,
// before any message can be sent over it. A page that opens with a notice (a send without
// JavaScript) gets it as HTML rendered on the server (`noticeHtml` in +page.server.ts).
import { m } from '$lib/paraglide/messages';

export { default as ConcernLine } from '$lib/components/safety/ConcernLine.svelte';
export { default as CrisisHelp } from '$lib/components/safety/CrisisHelp.svelte';

/** Under the crisis help in the chat: what happened to the message. */
export const crisisNote = () => m.safety_chat_stored();
export const crisisAnnouncement = () => m.safety_suggest_message();
export const concernAnnouncement = () => m.safety_concern_message();
