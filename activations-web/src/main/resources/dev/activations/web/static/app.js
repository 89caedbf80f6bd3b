// The explorer's entry: three views behind tabs; the hash says which (and carries the
// playground's whole setup, so that a link reproduces a run).
import * as functions from './functions.js';
import * as tables from './tables.js';
import * as playground from './playground.js';

window.explorer = window.explorer || {};
const views = { functions, tables, playground };
const started = new Set();

function current() {
  const name = location.hash.replace(/^#/, '').split('?')[0];
  return views[name] ? name : 'functions';
}

async function show() {
  const name = current();
  for (const v of Object.keys(views)) {
    document.getElementById('view-' + v).hidden = v !== name;
    document.querySelector(`#tabs a[data-view=${v}]`).classList.toggle('active', v === name);
  }
  if (!started.has(name)) {
    started.add(name);
    await views[name].start();
  } else if (views[name].shown) {
    views[name].shown();
  }
  window.explorer.view = name;
}

window.addEventListener('hashchange', show);
show().catch((e) => { console.error(e); });
