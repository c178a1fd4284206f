// Loads the app. Kept in its own file (not inline) so the Content Security Policy can
// forbid inline scripts. Paths are relative so the app runs under any sub-path.
import init from './coplan.js';

// The files of the parts some people need at once (written in by the build,
// .ci/preload.mjs): a link that brings a plan (#/open/…) opens on the visitor's part,
// and someone who chose Spanish reads the Spanish words. They start now, alongside the
// first screen's module, rather than after the app has started and found it needs them.
const PART_FILES = {};
if (location.hash.startsWith('#/open/')) preload(PART_FILES.visitor);
if (chosenLanguage() === 'es') preload(PART_FILES.spanish);

function preload(files = []) {
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.type = 'application/wasm';
    link.crossOrigin = 'anonymous'; // the loader's own fetch(): one download, not two
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

// The first screen (painted from index.html before the app arrives) in the person's
// language, if it is Spanish (chosen on this device, or their browser's on a first visit).
if (chosenLanguage() === 'es') {
  const words = {
    '.first-paint .tagline': 'Planifiquen juntos lo que le importa',
    '.first-paint .welcome p:first-child': 'CoPlan le ayuda a usted y a quienes le cuidan a acordar lo que importa y a planificar juntos los próximos pasos.',
    '.first-paint .welcome p:last-child': 'Todo lo que escribe se queda en este dispositivo. No se envía nada a ningún sitio salvo que decida compartirlo.',
    '.first-paint .loading': 'Abriendo su plan…',
    '#boot-failure': 'CoPlan no pudo iniciarse en este navegador. Pruebe con un navegador actualizado. No se ha perdido nada de lo que escribió.',
  };
  for (const [selector, text] of Object.entries(words)) {
    const el = document.querySelector(selector);
    if (el) el.textContent = text;
  }
  document.documentElement.lang = 'es';
}

// This tab's name among the drafts kept in local storage (src/app/device/drafts.rs),
// kept in session storage so a reload keeps it. A duplicated tab (or one opened from this
// one) starts with a copy of its session storage, name and all, and the two would keep
// their half-written words in one place, each writing over the other's. So before the
// app starts, a tab that came with a name asks the tabs open on CoPlan whether one goes
// by it; if one does, this tab lets the name go and the app gives it one of its own. A
// reload is the same tab and does not ask. Nothing new is stored: the channel carries
// only the question and its answer, between this device's tabs.
const TAB_KEY = 'coplan.tab';
let tabs = openTabs();
// Closed while the page is away, so the browser may keep it for Back (a page with an open
// channel may not be kept), and opened again if it comes back.
addEventListener('pagehide', () => {
  tabs?.close();
  tabs = null;
});
addEventListener('pageshow', (event) => {
  if (event.persisted && !tabs) tabs = openTabs();
});

// The module downloads and compiles now, while this tab makes sure of its name; the app
// starts once both are done. (Served under another type, it cannot be compiled as it
// arrives: the loader then reads the same download whole. A failed download is told by
// init's own failure, below.)
const compiled = fetch(new URL('./coplan_bg.wasm', import.meta.url)).then((response) =>
  response.ok && response.headers.get('Content-Type')?.split(';')[0].trim() === 'application/wasm'
    ? WebAssembly.compileStreaming(response)
    : response);
Promise.all([compiled, ownTabName()])
  .then(([module]) => init({ module_or_path: module }))
  .then(() => {
    // The app is running: a browser that will not keep files for offline (a private
    // window, a policy) still has it, so that is not a failure to start.
    offline().catch((error) => console.warn('CoPlan will not open offline here:', error));
  }, (error) => {
    const note = document.getElementById('boot-failure');
    if (note) note.hidden = false;
    console.error(error);
  });

/** The channel the open tabs answer on: `null` where there is none (an old browser, a
 *  sandboxed page), and then tabs that share a name share their drafts, as before. */
function openTabs() {
  try {
    const channel = new BroadcastChannel('coplan.tabs');
    channel.addEventListener('message', ({ data }) => {
      if (data?.ask && data.ask === tabName()) channel.postMessage({ taken: data.ask });
    });
    return channel;
  } catch {
    return null;
  }
}

function tabName() {
  try {
    return sessionStorage.getItem(TAB_KEY);
  } catch {
    // No storage: the app keeps no drafts either.
    return null;
  }
}

/** Resolves once this tab's name is its own: at once for a new tab or a reload; for a
 *  tab that came with a name, when another tab says it has it (the name is let go), or
 *  after a moment in which none did. */
function ownTabName() {
  const name = tabName();
  const navigation = performance.getEntriesByType?.('navigation')?.[0];
  const channel = tabs;
  if (!channel || !name || navigation?.type === 'reload') return Promise.resolve();
  return new Promise((done) => {
    const finish = () => {
      channel.removeEventListener('message', answered);
      clearTimeout(timer);
      done();
    };
    const answered = ({ data }) => {
      if (data?.taken !== name) return;
      try {
        sessionStorage.removeItem(TAB_KEY);
      } catch {
        // Storage blocked since: the two tabs share their drafts, as before names.
      }
      finish();
    };
    // An open tab answers within a few milliseconds. One that does not answer in time
    // (busy, frozen in the background, or itself still starting after a reload) leaves
    // the two sharing their drafts, as every tab did before tabs had names; two tabs
    // asking at once both let the name go, and the drafts it kept, marked as left when
    // the page went, are taken by the first of them to open their form.
    const timer = setTimeout(finish, 300);
    channel.addEventListener('message', answered);
    channel.postMessage({ ask: name });
  });
}

/** The language the app will speak ('es', 'en-GB'): the one chosen on this device, or on
 *  a first visit the browser's own if CoPlan speaks it, as `Settings::parse` decides. */
function chosenLanguage() {
  try {
    const saved = localStorage.getItem('coplan.settings');
    if (saved !== null) {
      const language = JSON.parse(saved).language ?? 'en-GB';
      if (['en-GB', 'es'].includes(language)) return language;
    }
  } catch {
    // Unreadable settings (or no storage): the app starts afresh from the browser's.
  }
  return (navigator.language ?? '').split('-')[0].toLowerCase() === 'es' ? 'es' : 'en-GB';
}

/** The words of the update note, in the language the person chose (if any). */
function updateWords() {
  return chosenLanguage() === 'es'
    ? ['Hay una versión nueva de CoPlan.', 'Recargar']
    : ['A new version of CoPlan is ready.', 'Reload'];
}

/** Keeps the app's files on the device (it opens offline), and offers a new release
 *  when one is ready — applied only when the person chooses to reload, never mid-edit. */
async function offline() {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register('./sw.js');
  let reloading = false;
  // `replaced`: another tab applied a new release, which now serves this one too; this
  // tab's code is the old release's, so it offers the reload as well.
  const offer = (replaced = false) => {
    const note = document.getElementById('update-ready');
    if (!note || !navigator.serviceWorker.controller) return;
    if (!registration.waiting && !replaced) return;
    const [words, button] = updateWords();
    document.getElementById('update-words').textContent = words;
    const reload = document.getElementById('update-reload');
    reload.textContent = button;
    reload.onclick = () => {
      reloading = true;
      if (registration.waiting) registration.waiting.postMessage('apply-update');
      else window.location.reload();
    };
    note.hidden = false;
  };
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
    else if (hadController) offer(true);
  });
  registration.addEventListener('updatefound', () => {
    registration.installing?.addEventListener('statechange', () => offer());
  });
  offer();
  // Once the first screen works and the browser is idle, the worker keeps the parts
  // fetched when first needed, so every screen opens offline after this one visit.
  navigator.serviceWorker.ready.then((ready) => {
    const keep = () => ready.active?.postMessage('keep-parts');
    if ('requestIdleCallback' in window) requestIdleCallback(keep, { timeout: 10000 });
    else setTimeout(keep, 2000);
  });
  // Look for a new release when the person comes back to the tab.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
}
