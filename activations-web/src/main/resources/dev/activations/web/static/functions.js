// Functions view: pick one or several element-wise functions, tune their parameters, see f and f′
// from the library's kernels, read exact values under the cursor, and each function's properties.
import { get, num, fmt, PALETTE, ApiError } from './api.js';
import { buildControls, specOf, initialValues } from './controls.js';

const POINTS = 801;
const state = {
  fns: [], selected: [], compare: false, from: -5, to: 5, dtype: 'float32', showDf: true,
};
let chart = null;
const ex = (window.explorer = window.explorer || {});
ex.curves = {};
ex.latencies = [];

export async function start() {
  const all = await get('/functions');
  state.fns = all.filter((f) => f.kind === 'elementwise');
  ex.functionNames = state.fns.map((f) => f.name);
  const list = document.getElementById('function-list');
  for (const f of state.fns) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'chip';
    b.textContent = f.name;
    b.dataset.name = f.name;
    b.title = f.formula;
    b.addEventListener('click', () => pick(f.name));
    list.append(b);
  }
  document.getElementById('compare').addEventListener('change', (e) => {
    state.compare = e.target.checked;
    if (!state.compare && state.selected.length > 1) {
      state.selected = state.selected.slice(0, 1);
      renderCards();
      redrawAll();
    }
  });
  const from = document.getElementById('range-from');
  const to = document.getElementById('range-to');
  const apply = () => {
    const a = Number(from.value);
    const b = Number(to.value);
    if (Number.isFinite(a) && Number.isFinite(b) && a < b) setRange(a, b);
  };
  from.addEventListener('change', apply);
  to.addEventListener('change', apply);
  document.getElementById('range-reset').addEventListener('click', () => setRange(-5, 5));
  document.getElementById('dtype').addEventListener('change', (e) => { state.dtype = e.target.value; redrawAll(); });
  document.getElementById('show-df').addEventListener('change', (e) => { state.showDf = e.target.checked; draw(); });
  makeChart();
  pick('gelu');
}

function setRange(a, b) {
  state.from = a;
  state.to = b;
  document.getElementById('range-from').value = fmt(a, 5).replace('−', '-');
  document.getElementById('range-to').value = fmt(b, 5).replace('−', '-');
  redrawAll();
}

function pick(name) {
  const at = state.selected.findIndex((s) => s.fn.name === name);
  if (state.compare) {
    if (at >= 0) {
      if (state.selected.length > 1) state.selected.splice(at, 1);
    } else if (state.selected.length < PALETTE.length) {
      state.selected.push(entry(name));
    }
  } else if (at < 0) {
    state.selected = [entry(name)];
  }
  for (const b of document.querySelectorAll('#function-list .chip')) {
    b.classList.toggle('on', state.selected.some((s) => s.fn.name === b.dataset.name));
  }
  renderCards();
  redrawAll();
}

function entry(name) {
  const fn = state.fns.find((f) => f.name === name);
  return { fn, values: initialValues(fn), seq: 0, curve: null, error: null, props: null, propsTimer: 0 };
}

function colour(s) {
  return PALETTE[state.selected.indexOf(s) % PALETTE.length];
}

function renderCards() {
  const box = document.getElementById('function-cards');
  box.replaceChildren();
  for (const s of state.selected) {
    const card = document.createElement('div');
    card.className = 'card';
    card.dataset.name = s.fn.name;
    const h = document.createElement('h3');
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.background = colour(s);
    h.append(sw, document.createTextNode(s.fn.name));
    card.append(h);
    for (const [label, t] of [['f(x) =', s.fn.formula], ["f′(x) =", s.fn.derivative]]) {
      const p = document.createElement('div');
      p.className = 'formula';
      p.textContent = `${label} ${t}`;
      card.append(p);
    }
    const controls = document.createElement('div');
    buildControls(controls, s.fn, s.values, (name, value, e) => {
      const t0 = e && e.timeStamp ? e.timeStamp : performance.now();
      refresh(s, t0);
    });
    card.append(controls);
    const conv = document.createElement('ul');
    conv.className = 'conv';
    for (const c of s.fn.conventions) {
      const li = document.createElement('li');
      li.textContent = c;
      conv.append(li);
    }
    card.append(conv);
    const err = document.createElement('div');
    err.className = 'error card-error';
    err.hidden = true;
    card.append(err);
    const props = document.createElement('dl');
    props.className = 'props';
    card.append(props);
    s.card = card;
    box.append(card);
    showProps(s);
  }
}

function redrawAll() {
  for (const s of state.selected) refresh(s, performance.now());
  if (!state.selected.length) draw();
}

async function refresh(s, t0) {
  const spec = specOf(s.fn, s.values);
  const seq = ++s.seq;
  const q = new URLSearchParams({ spec, from: state.from, to: state.to, points: POINTS, dtype: state.dtype });
  try {
    const c = await get('/curve?' + q);
    if (seq !== s.seq) return; // a newer move is on its way
    s.curve = c;
    s.error = null;
    ex.curves[s.fn.name] = { spec: c.spec, dtype: c.dtype, x: c.x.map(num), f: c.f.map(num), df: c.df.map(num) };
    draw();
    const ms = performance.now() - t0;
    ex.latencies.push(ms);
    if (ex.latencies.length > 500) ex.latencies.shift();
    ex.lastLatency = ms;
    scheduleProps(s, spec);
  } catch (e) {
    if (seq !== s.seq) return;
    s.error = e instanceof ApiError ? e.message : String(e);
    showError();
  }
  showError();
}

function showError() {
  const box = document.getElementById('curve-error');
  const errs = state.selected.filter((s) => s.error);
  box.hidden = errs.length === 0;
  box.textContent = errs.map((s) => `${s.fn.name}: ${s.error}`).join('\n');
  for (const s of state.selected) {
    const e = s.card && s.card.querySelector('.card-error');
    if (e) { e.hidden = !s.error; e.textContent = s.error || ''; }
  }
  ex.curveError = errs.length ? box.textContent : null;
}

function scheduleProps(s, spec) {
  clearTimeout(s.propsTimer);
  s.propsTimer = setTimeout(async () => {
    try {
      s.props = await get('/properties?' + new URLSearchParams({ spec }));
      showProps(s);
    } catch (e) { /* the curve request reports errors */ }
  }, 200);
}

function yes(b) { return b ? 'yes' : 'no'; }

function showProps(s) {
  const dl = s.card && s.card.querySelector('.props');
  if (!dl) return;
  dl.replaceChildren();
  const p = s.props;
  if (!p) return;
  const rows = [
    ['range', p.range], ['zero-centred', yes(p.zeroCentred)], ['monotonic', yes(p.monotonic)],
    ['saturation', p.saturation], ['max |f′|', `${fmt(p.maxSlope, 6)} at ${p.maxSlopeAt.join(', ')}`],
    ['sparsity N(0,1)', fmt(p.sparsity, 4)],
    ['minimum', p.minimum ? `${fmt(p.minimum.value, 6)} at x = ${fmt(p.minimum.x, 6)}` : '—'],
    ['continuity', p.continuity], ['f(0), f′(0)', `${fmt(p.valueAtZero, 6)}, ${fmt(p.derivativeAtZero, 6)}`],
  ];
  for (const [k, v] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
}

function makeChart() {
  const canvas = document.getElementById('curve-chart');
  chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      animation: false, parsing: false, normalized: true, maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false },
      elements: { point: { radius: 0 }, line: { borderWidth: 2 } },
      scales: {
        x: { type: 'linear', min: state.from, max: state.to, title: { display: true, text: 'x' },
          grid: { color: (c) => (c.tick && c.tick.value === 0 ? '#98a2b3' : '#eef0f3') } },
        y: { type: 'linear', grace: '5%',
          grid: { color: (c) => (c.tick && c.tick.value === 0 ? '#98a2b3' : '#eef0f3') } },
      },
      plugins: { legend: { position: 'top', align: 'end', labels: { boxWidth: 24, boxHeight: 2 } },
        tooltip: { enabled: false }, decimation: { enabled: false } },
      onHover: (e) => hover(e),
    },
  });
  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    const x = chart.scales.x.getValueForPixel(e.offsetX);
    const k = e.deltaY > 0 ? 1.25 : 0.8;
    const a = x - (x - state.from) * k;
    const b = x + (state.to - x) * k;
    if (b - a > 1e-6 && b - a < 1e6) setRange(a, b);
  }, { passive: false });
  let drag = null;
  canvas.addEventListener('mousedown', (e) => { drag = { x: e.offsetX, from: state.from, to: state.to }; });
  window.addEventListener('mouseup', () => { drag = null; });
  canvas.addEventListener('mousemove', (e) => {
    if (!drag) return;
    const w = chart.scales.x.width;
    const dx = ((e.offsetX - drag.x) / w) * (drag.to - drag.from);
    if (Math.abs(e.offsetX - drag.x) > 2) setRange(drag.from - dx, drag.to - dx);
  });
}

function draw() {
  const sets = [];
  for (const s of state.selected) {
    if (!s.curve) continue;
    const c = ex.curves[s.fn.name];
    const col = colour(s);
    sets.push({ label: `${s.fn.name}`, data: c.x.map((x, i) => ({ x, y: c.f[i] })), borderColor: col, backgroundColor: col });
    if (state.showDf) {
      sets.push({ label: `${s.fn.name}′`, data: c.x.map((x, i) => ({ x, y: c.df[i] })), borderColor: col,
        backgroundColor: col, borderDash: [6, 4], borderWidth: 1.5 });
    }
  }
  chart.data.datasets = sets;
  chart.options.scales.x.min = state.from;
  chart.options.scales.x.max = state.to;
  chart.update('none');
  ex.drawn = sets.map((d) => d.label);
}

let hoverBusy = false;
let hoverNext = null;
async function hover(e) {
  if (!state.selected.length || !chart.chartArea) return;
  const x = chart.scales.x.getValueForPixel(e.x);
  if (!Number.isFinite(x)) return;
  hoverNext = x;
  if (hoverBusy) return;
  hoverBusy = true;
  try {
    while (hoverNext !== null) {
      const at = hoverNext;
      hoverNext = null;
      const lines = [];
      for (const s of state.selected) {
        const q = new URLSearchParams({ spec: specOf(s.fn, s.values), from: at, to: at, points: 1, dtype: state.dtype });
        try {
          const c = await get('/curve?' + q);
          lines.push(`${c.spec.padEnd(24)}  x = ${fmt(c.x[0])}   f(x) = ${fmt(c.f[0])}   f′(x) = ${fmt(c.df[0])}   (${c.dtype})`);
        } catch (err) { lines.push(`${s.fn.name}: ${err.message}`); }
      }
      document.getElementById('readout').textContent = lines.join('\n');
      ex.readout = lines;
    }
  } finally { hoverBusy = false; }
}
