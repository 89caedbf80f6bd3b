// Playground: a network of the nn lab trained on the server, seeded and steppable, drawn live from
// a Server-Sent Events stream. The whole setup lives in the URL, so a link reproduces the run.
import { get, post, del, num, fmt, PALETTE, ApiError } from './api.js';
import { buildControls, specOf, valuesOf, initialValues } from './controls.js';

const ex = (window.explorer = window.explorer || {});
const pg = (ex.playground = { frames: 0, frameTimes: [], points: [] });
let options = null;
let fns = [];
let presets = [];
let config = null;
let session = null;
let source = null;
let playing = false;
let rebuildTimer = 0;
let setup = null;
const charts = {};
const CLASS = ['#f59322', '#0877bd'];

const KEYS = { dataset: 'ds', examples: 'n', noise: 'noise', testFraction: 'test', initializer: 'init',
  optimizer: 'opt', learningRate: 'lr', momentum: 'mom', batchSize: 'batch', l2: 'l2', seed: 'seed',
  stepsPerUpdate: 'speed' };

function fromUrl() {
  const q = new URLSearchParams(location.hash.split('?')[1] || '');
  const c = structuredClone(options.defaults);
  for (const [k, short] of Object.entries(KEYS)) {
    if (!q.has(short)) continue;
    const v = q.get(short);
    c[k] = ['dataset', 'initializer', 'optimizer'].includes(k) ? v : Number(v);
  }
  if (q.has('L')) {
    c.layers = q.get('L').split(';').filter((s) => s).map((s) => {
      const i = s.indexOf(':');
      return { units: Number(s.slice(0, i)), activation: s.slice(i + 1) };
    });
  }
  return c;
}

function toUrl() {
  const q = new URLSearchParams();
  for (const [k, short] of Object.entries(KEYS)) q.set(short, String(config[k]));
  q.set('L', config.layers.map((l) => `${l.units}:${l.activation}`).join(';'));
  history.replaceState(null, '', '#playground?' + q.toString());
  pg.url = location.href;
}

export async function start() {
  [options, fns, presets] = await Promise.all([get('/playground'), get('/functions'), get('/presets')]);
  fns = fns.filter((f) => f.kind === 'elementwise');
  fill('p-dataset', options.datasets);
  fill('p-init', options.initializers);
  fill('p-opt', options.optimizers);
  const preset = document.getElementById('preset');
  for (const p of presets) {
    const o = document.createElement('option');
    o.value = p.name;
    o.textContent = p.name;
    o.title = p.claim;
    preset.append(o);
  }
  preset.addEventListener('change', () => {
    const p = presets.find((q) => q.name === preset.value);
    document.getElementById('preset-look').textContent = p ? p.look : '';
    if (p) {
      config = structuredClone(p.setup);
      showConfig();
      changed(true);
    }
  });
  config = fromUrl();
  bindInputs();
  makeCharts();
  showConfig();
  document.getElementById('play').addEventListener('click', () => (playing ? pause() : play()));
  document.getElementById('step').addEventListener('click', () => stepBy(config.stepsPerUpdate));
  document.getElementById('reset').addEventListener('click', async () => {
    if (session) await control('reset');
  });
  document.getElementById('add-layer').addEventListener('click', () => {
    if (config.layers.length >= options.maxLayers) return;
    const last = config.layers[config.layers.length - 1] || { units: 4, activation: 'tanh' };
    config.layers.push({ ...last });
    showLayers();
    changed();
  });
  window.addEventListener('pagehide', () => {
    if (session) fetch(`/api/v1/train/${session}`, { method: 'DELETE', keepalive: true });
  });
  toUrl();
  await rebuild();
}

export function shown() { toUrl(); }

function fill(id, values) {
  const sel = document.getElementById(id);
  for (const v of values) {
    const o = document.createElement('option');
    o.textContent = v;
    sel.append(o);
  }
}

const inputs = { dataset: 'p-dataset', noise: 'p-noise', testFraction: 'p-test', seed: 'p-seed',
  initializer: 'p-init', optimizer: 'p-opt', learningRate: 'p-lr', momentum: 'p-mom',
  batchSize: 'p-batch', l2: 'p-l2', stepsPerUpdate: 'p-speed' };

function bindInputs() {
  for (const [k, id] of Object.entries(inputs)) {
    const el = document.getElementById(id);
    el.addEventListener(el.type === 'range' ? 'input' : 'change', () => {
      // text that is not a number goes to the server as text, which names the field at fault
      const n = Number(el.value);
      config[k] = el.tagName === 'SELECT' || el.value.trim() === '' || !Number.isFinite(n) ? el.value : n;
      showOutputs();
      changed();
    });
  }
}

function showOutputs() {
  document.getElementById('p-noise-out').value = fmt(config.noise, 3);
  document.getElementById('p-test-out').value = fmt(config.testFraction, 3);
  for (const el of document.querySelectorAll('.plane-only')) el.hidden = config.dataset === 'digits';
  for (const el of document.querySelectorAll('.sgd-only')) el.hidden = config.optimizer !== 'sgd';
}

function showConfig() {
  for (const [k, id] of Object.entries(inputs)) document.getElementById(id).value = config[k];
  showOutputs();
  showLayers();
}

function showLayers() {
  const box = document.getElementById('layers');
  box.replaceChildren();
  config.layers.forEach((layer, i) => {
    const div = document.createElement('div');
    div.className = 'layer';
    const head = document.createElement('div');
    head.className = 'layer-head';
    const label = document.createElement('b');
    label.textContent = String(i + 1);
    const units = document.createElement('input');
    units.type = 'number';
    units.min = 1;
    units.max = options.maxUnits;
    units.value = layer.units;
    units.title = 'units (1–' + options.maxUnits + ')';
    units.addEventListener('change', () => {
      const n = Number(units.value);
      layer.units = units.value.trim() !== '' && Number.isInteger(n) ? n : units.value;
      changed();
    });
    const sel = document.createElement('select');
    for (const f of fns) {
      const o = document.createElement('option');
      o.textContent = f.name;
      sel.append(o);
    }
    const name = layer.activation.split('(')[0].trim();
    const fn = fns.find((f) => f.name === name);
    sel.value = fn ? fn.name : 'tanh';
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = '×';
    remove.title = 'remove this layer';
    remove.disabled = config.layers.length === 1;
    remove.addEventListener('click', () => { config.layers.splice(i, 1); showLayers(); changed(); });
    head.append(label, units, sel, remove);
    div.append(head);
    const params = document.createElement('div');
    div.append(params);
    const drawParams = (f, values) => {
      params.replaceChildren();
      if (!f) return;
      buildControls(params, f, values, () => {
        layer.activation = specOf(f, values);
        changed();
      });
    };
    let values = fn ? (valuesOf(fn, layer.activation) || initialValues(fn)) : null;
    drawParams(fn, values);
    sel.addEventListener('change', () => {
      const f = fns.find((q) => q.name === sel.value);
      values = initialValues(f);
      layer.activation = f.parameters.length ? specOf(f, values) : f.name;
      drawParams(f, values);
      changed();
    });
    box.append(div);
  });
}

function changed(now) {
  toUrl();
  clearTimeout(rebuildTimer);
  rebuildTimer = setTimeout(rebuild, now ? 0 : 250);
}

function showTrainError(e) {
  const box = document.getElementById('train-error');
  box.hidden = !e;
  box.textContent = e ? (e.field ? `${e.field}: ${e.message}` : e.message) : '';
  ex.trainError = e ? box.textContent : null;
}

async function rebuild() {
  const wasPlaying = playing;
  let created;
  try {
    created = await post('/train', config);
  } catch (e) {
    showTrainError(e instanceof ApiError ? e : new ApiError(0, String(e), null));
    return;
  }
  showTrainError(null);
  const old = session;
  if (source) source.close();
  if (old) del(`/train/${old}`).catch(() => {});
  session = created.id;
  pg.sessionId = session;
  setup = created;
  pg.points = [];
  resetCharts();
  connect();
  setPlaying(false);
  if (wasPlaying) await play();
}

function connect() {
  source = new EventSource(`/api/v1/train/${session}/events`);
  source.addEventListener('history', (e) => {
    pg.points = JSON.parse(e.data);
    redrawSeries();
  });
  source.addEventListener('frame', (e) => onFrame(JSON.parse(e.data)));
}

async function control(what) {
  try {
    const f = await post(`/train/${session}/${what}`);
    onFrame(f);
  } catch (e) { showTrainError(e); }
}

async function play() { setPlaying(true); await control('resume'); }
async function pause() { setPlaying(false); await control('pause'); }

function setPlaying(p) {
  playing = p;
  const b = document.getElementById('play');
  b.textContent = p ? '❚❚ Pause' : '▶ Play';
}

async function stepBy(n) {
  if (playing) await pause();
  let left = n;
  while (left > 0) {
    const k = Math.min(left, 1000);
    try {
      onFrame(await post(`/train/${session}/step?count=${k}`));
    } catch (e) { showTrainError(e); return; }
    left -= k;
  }
}

/** Takes steps until the run is at step `target` (for links that name a step, and for tests). */
pg.stepTo = async (target) => {
  if (playing) await pause();
  const now = pg.last ? pg.last.point.step : 0;
  if (target < now) await control('reset');
  await stepBy(target - (pg.last ? pg.last.point.step : 0));
  return pg.last.point;
};
pg.play = () => play();
pg.pause = () => pause();

function onFrame(f) {
  if (!f || !f.point) return;
  pg.last = f;
  pg.frames++;
  const t = performance.now();
  pg.frameTimes.push(t);
  while (pg.frameTimes.length && pg.frameTimes[0] < t - 2000) pg.frameTimes.shift();
  pg.updatesPerSecond = pg.frameTimes.length / 2;
  if (f.state !== 'playing' && playing && f.state !== 'paused') setPlaying(false);
  const p = f.point;
  const pts = pg.points;
  if (pts.length && p.step < pts[pts.length - 1].step) pts.length = 0;
  if (pts.length && pts[pts.length - 1].step === p.step) pts[pts.length - 1] = p; else pts.push(p);
  if (pts.length > 4000) pg.points = pts.filter((_, i) => i % 2 === 0 || i === pts.length - 1);
  document.getElementById('status').textContent =
    `step ${p.step} · epoch ${p.epoch} · loss train ${fmt(p.trainLoss, 4)} test ${fmt(p.testLoss, 4)}` +
    ` · accuracy test ${fmt(100 * num(p.testAccuracy), 4)} %` + (f.state === 'finished' ? ' · step limit reached' : '');
  document.getElementById('rate').textContent = playing ? `${pg.updatesPerSecond.toFixed(1)} updates/s` : '';
  drawData(f);
  redrawSeries();
  drawLayers(f);
}

function line(label, color, dash) {
  return { label, data: [], borderColor: color, backgroundColor: color, borderDash: dash || [],
    pointRadius: 0, borderWidth: 1.6, spanGaps: true };
}

function baseOptions(yType, extra) {
  return {
    animation: false, parsing: false, normalized: true, maintainAspectRatio: false,
    scales: { x: { type: 'linear', title: { display: true, text: 'step' }, ticks: { maxTicksLimit: 6 } },
      y: { type: yType, ...(extra || {}) } },
    plugins: { legend: { position: 'top', align: 'end', labels: { boxWidth: 18, boxHeight: 2, font: { size: 11 } } },
      tooltip: { enabled: false } },
  };
}

function makeCharts() {
  charts.loss = new Chart(document.getElementById('loss-chart'), { type: 'line',
    data: { datasets: [line('train', '#2f6fdd'), line('test', '#e4572e', [5, 3])] },
    options: baseOptions('linear', { beginAtZero: true }) });
  charts.grad = new Chart(document.getElementById('grad-chart'), { type: 'line', data: { datasets: [] },
    options: baseOptions('logarithmic') });
  charts.param = new Chart(document.getElementById('param-chart'), { type: 'line', data: { datasets: [] },
    options: baseOptions('linear') });
  charts.fraction = new Chart(document.getElementById('fraction-chart'), { type: 'bar',
    data: { labels: [], datasets: [
      { label: 'dead', data: [], backgroundColor: '#e4572e' },
      { label: 'saturated', data: [], backgroundColor: '#f0a202' },
      { label: 'zero outputs', data: [], backgroundColor: '#98a2b3' }] },
    options: { animation: false, maintainAspectRatio: false,
      scales: { y: { min: 0, max: 1, ticks: { format: { style: 'percent' } } } },
      plugins: { legend: { position: 'top', align: 'end', labels: { boxWidth: 12, font: { size: 11 } } } } } });
  charts.hist = [];
}

function resetCharts() {
  const n = setup.layers.length;
  charts.grad.data.datasets = setup.layers.map((l, i) => line(`layer ${i + 1}`, PALETTE[i % PALETTE.length]));
  charts.param.data.datasets = [];
  charts.fraction.data.labels = setup.layers.map((l, i) => `layer ${i + 1}`);
  const box = document.getElementById('histograms');
  box.replaceChildren();
  for (const h of charts.hist) h.destroy();
  charts.hist = [];
  for (let i = 0; i < n; i++) {
    const cell = document.createElement('div');
    const label = document.createElement('div');
    label.className = 'hist-label';
    label.textContent = `layer ${i + 1}: ${setup.layers[i].activation}`;
    const holder = document.createElement('div');
    holder.className = 'hist';
    const canvas = document.createElement('canvas');
    holder.append(canvas);
    cell.append(label, holder);
    box.append(cell);
    charts.hist.push(new Chart(canvas, { type: 'bar',
      data: { labels: [], datasets: [{ data: [], backgroundColor: PALETTE[i % PALETTE.length], barPercentage: 1, categoryPercentage: 1 }] },
      options: { animation: false, maintainAspectRatio: false,
        scales: { x: { ticks: { maxTicksLimit: 7, font: { size: 10 } }, grid: { display: false } },
          y: { display: false, beginAtZero: true } },
        plugins: { legend: { display: false }, tooltip: { enabled: false } } } }));
  }
  const plane = !!setup.bounds;
  document.getElementById('boundary').hidden = !plane;
  document.getElementById('confusion').hidden = plane;
  document.getElementById('boundary-title').textContent = plane
    ? 'Decision boundary: P(class 1), train points filled, test points ringed'
    : 'Confusion matrix on the test set (rows: true digit, columns: predicted)';
}

function redrawSeries() {
  const pts = pg.points;
  charts.loss.data.datasets[0].data = pts.map((p) => ({ x: p.step, y: num(p.trainLoss) }));
  charts.loss.data.datasets[1].data = pts.map((p) => ({ x: p.step, y: num(p.testLoss) }));
  charts.grad.data.datasets.forEach((d, i) => {
    d.data = pts.filter((p) => num(p.biasGradient[i]) > 0).map((p) => ({ x: p.step, y: num(p.biasGradient[i]) }));
  });
  const withParams = setup.layers.map((l, i) => i).filter((i) => pts.some((p) => p.parameters[i] !== null));
  charts.param.data.datasets = withParams.map((i) => {
    const d = line(`layer ${i + 1}: ${setup.layers[i].activation.split('(')[0]}`, PALETTE[i % PALETTE.length]);
    d.data = pts.filter((p) => p.parameters[i] !== null).map((p) => ({ x: p.step, y: num(p.parameters[i]) }));
    return d;
  });
  document.getElementById('param-note').textContent = withParams.length ? ''
    : 'No learnable activation: use prelu, or swish with learnable = true.';
  charts.loss.update('none');
  charts.grad.update('none');
  charts.param.update('none');
}

function drawLayers(f) {
  charts.fraction.data.datasets[0].data = f.layers.map((l) => num(l.deadFraction));
  charts.fraction.data.datasets[1].data = f.layers.map((l) => num(l.saturatedFraction));
  charts.fraction.data.datasets[2].data = f.layers.map((l) => num(l.zeroFraction));
  charts.fraction.update('none');
  f.layers.forEach((l, i) => {
    const h = charts.hist[i];
    if (!h) return;
    const n = l.histogram.counts.length;
    const w = (l.histogram.max - l.histogram.min) / n;
    h.data.labels = l.histogram.counts.map((_, k) => fmt(l.histogram.min + (k + 0.5) * w, 2));
    h.data.datasets[0].data = l.histogram.counts;
    h.update('none');
  });
  const t = document.getElementById('layer-table');
  const rows = [['layer', 'mean', 'std', 'dead', 'saturated', 'zero']];
  f.layers.forEach((l, i) => rows.push([`${i + 1} ${l.activation.split('(')[0]} ×${l.units}`, fmt(l.mean, 3), fmt(l.std, 3),
    pct(l.deadFraction), pct(l.saturatedFraction), pct(l.zeroFraction)]));
  t.replaceChildren();
  rows.forEach((r, k) => {
    const tr = k === 0 ? t.createTHead().insertRow() : t.insertRow();
    for (const c of r) {
      const cell = document.createElement(k === 0 ? 'th' : 'td');
      cell.textContent = c;
      tr.append(cell);
    }
  });
}

function pct(v) { return `${(100 * num(v)).toFixed(1)} %`; }

function mix(p) {
  // orange (class 0) through white to blue (class 1)
  const a = CLASS[0].match(/\w\w/g).map((h) => parseInt(h, 16));
  const b = CLASS[1].match(/\w\w/g).map((h) => parseInt(h, 16));
  const t = Math.abs(p - 0.5) * 2 * 0.75;
  const c = p < 0.5 ? a : b;
  return c.map((v) => Math.round(255 + (v - 255) * t));
}

const grid = document.createElement('canvas');
function drawData(f) {
  if (f.boundary && setup.bounds) {
    const n = f.boundary.size;
    grid.width = n;
    grid.height = n;
    const g = grid.getContext('2d');
    const img = g.createImageData(n, n);
    f.boundary.p.forEach((p, i) => {
      const [r, gr, b] = mix(num(p));
      img.data.set([r, gr, b, 255], 4 * i);
    });
    g.putImageData(img, 0, 0);
    const canvas = document.getElementById('boundary');
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(grid, 0, 0, canvas.width, canvas.height);
    const [x0, x1, y0, y1] = setup.bounds;
    const px = (x) => ((x - x0) / (x1 - x0)) * canvas.width;
    const py = (y) => ((y1 - y) / (y1 - y0)) * canvas.height;
    for (const [pts, test] of [[setup.trainPoints, false], [setup.testPoints, true]]) {
      for (const [x, y, c] of pts) {
        ctx.beginPath();
        ctx.arc(px(x), py(y), test ? 3.2 : 2.8, 0, 2 * Math.PI);
        if (test) {
          ctx.strokeStyle = CLASS[c];
          ctx.lineWidth = 1.6;
          ctx.stroke();
        } else {
          ctx.fillStyle = CLASS[c];
          ctx.fill();
          ctx.strokeStyle = '#fff';
          ctx.lineWidth = 0.8;
          ctx.stroke();
        }
      }
    }
  } else if (f.confusion) {
    const box = document.getElementById('confusion');
    const m = f.confusion;
    const tab = document.createElement('table');
    const head = tab.createTHead().insertRow();
    head.append(document.createElement('th'));
    m.forEach((_, j) => { const th = document.createElement('th'); th.textContent = j; head.append(th); });
    m.forEach((row, i) => {
      const tr = tab.insertRow();
      const th = document.createElement('th');
      th.textContent = i;
      tr.append(th);
      const total = row.reduce((a, b) => a + b, 0) || 1;
      row.forEach((v, j) => {
        const td = tr.insertCell();
        td.textContent = v;
        const s = v / total;
        td.style.background = i === j ? `rgba(47,111,221,${0.1 + 0.8 * s})` : (v ? `rgba(228,87,46,${0.15 + 0.7 * s})` : '#f6f7f9');
        td.style.color = s > 0.5 ? '#fff' : '#1d2330';
      });
    });
    box.replaceChildren(tab);
  }
}
