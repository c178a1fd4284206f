// Loads the app. Kept in its own file (not inline) so the Content Security Policy can
// forbid inline scripts. Paths are relative so the app runs under any sub-path.
import init from './coplan.js';

init({ module_or_path: new URL('./coplan_bg.wasm', import.meta.url) }).catch((error) => {
  const note = document.getElementById('boot-failure');
  if (note) note.hidden = false;
  console.error(error);
});
