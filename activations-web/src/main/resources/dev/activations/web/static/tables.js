// The pairing table (output activation ↔ loss, with its worked example) and the property table of
// every element-wise function, as plot renders them, from the API.
import { get } from './api.js';

function table(t) {
  const wrap = document.createElement('div');
  const h = document.createElement('h2');
  h.textContent = t.title;
  const scroll = document.createElement('div');
  scroll.className = 'scroll';
  const tab = document.createElement('table');
  tab.className = 'data';
  const head = tab.createTHead().insertRow();
  for (const c of t.columns) {
    const th = document.createElement('th');
    th.textContent = c;
    head.append(th);
  }
  const body = tab.createTBody();
  for (const r of t.rows) {
    const tr = body.insertRow();
    for (const c of r) tr.insertCell().textContent = c;
  }
  scroll.append(tab);
  wrap.append(h, scroll);
  for (const n of t.notes) {
    const p = document.createElement('p');
    p.className = 'notes';
    p.textContent = n;
    wrap.append(p);
  }
  return wrap;
}

export async function start() {
  const pairing = document.getElementById('pairing-tables');
  const props = document.getElementById('property-table');
  props.textContent = 'Analysing every function…';
  for (const t of await get('/tables/pairing')) pairing.append(table(t));
  const p = await get('/tables/properties');
  props.replaceChildren(table(p));
  window.explorer.tablesReady = true;
}
