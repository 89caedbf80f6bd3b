// Parameter controls built from the registry's parameter definitions (GET /api/v1/functions):
// name, type, default, domain and the control the server derives from them. Nothing here knows
// any function by name.
import { fmt } from './api.js';

/** Text of a value as a specification writes it. */
function text(p, v) {
  if (p.type === 'float') return String(Number(v));
  return String(v);
}

/** The specification name(p=v, …) with every parameter (defaults included, so it is explicit). */
export function specOf(fn, values) {
  if (!fn.parameters.length) return fn.name;
  const parts = fn.parameters.map((p) => `${p.name}=${text(p, values[p.name])}`);
  return `${fn.name}(${parts.join(', ')})`;
}

export function initialValues(fn) {
  const v = {};
  for (const p of fn.parameters) v[p.name] = p.control.initial;
  return v;
}

/** Parses the parameters of a specification written by specOf (for URLs); null if it does not fit. */
export function valuesOf(fn, spec) {
  const v = initialValues(fn);
  const m = /^([a-z_0-9]+)\s*(?:\((.*)\))?$/.exec(spec.trim());
  if (!m || m[1] !== fn.name) return null;
  if (m[2]) {
    for (const part of m[2].split(',')) {
      const [k, val] = part.split('=').map((s) => s && s.trim());
      const p = fn.parameters.find((q) => q.name === k);
      if (!p || val === undefined) return null;
      v[k] = p.type === 'bool' ? val === 'true' : p.type === 'choice' ? val : Number(val);
    }
  }
  return v;
}

/**
 * Appends one row per parameter to `parent`; `onChange(name, value, event)` fires on every move
 * (slider input events included) so that curves follow the slider live.
 */
export function buildControls(parent, fn, values, onChange, skip = () => false) {
  for (const p of fn.parameters) {
    if (skip(p)) continue;
    const row = document.createElement('div');
    row.className = 'param';
    row.dataset.param = p.name;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = p.name;
    name.title = p.description;
    row.append(name);
    const c = p.control;
    if (c.kind === 'slider') {
      const slider = document.createElement('input');
      slider.type = 'range';
      slider.min = c.min; slider.max = c.max; slider.step = c.step;
      slider.value = values[p.name];
      const field = document.createElement('input');
      field.type = 'number';
      field.step = 'any';
      field.value = values[p.name];
      slider.addEventListener('input', (e) => {
        field.value = fmt(Number(slider.value), 4).replace('−', '-');
        values[p.name] = Number(field.value);
        onChange(p.name, values[p.name], e);
      });
      field.addEventListener('input', (e) => {
        // any text goes to the server, which checks the domain and answers with the problem
        values[p.name] = field.value.trim() === '' ? NaN : Number(field.value);
        if (Number.isFinite(values[p.name])) slider.value = values[p.name];
        onChange(p.name, values[p.name], e);
      });
      row.append(slider, field);
    } else if (c.kind === 'checkbox') {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = !!values[p.name];
      box.addEventListener('change', (e) => { values[p.name] = box.checked; onChange(p.name, box.checked, e); });
      row.append(box, document.createElement('span'));
    } else if (c.kind === 'select') {
      const sel = document.createElement('select');
      for (const ch of c.choices) {
        const o = document.createElement('option');
        o.textContent = ch;
        sel.append(o);
      }
      sel.value = values[p.name];
      sel.addEventListener('change', (e) => { values[p.name] = sel.value; onChange(p.name, sel.value, e); });
      row.append(sel, document.createElement('span'));
    } else {
      const field = document.createElement('input');
      field.type = 'number';
      field.step = '1';
      field.value = values[p.name];
      field.addEventListener('input', (e) => { values[p.name] = Number(field.value); onChange(p.name, values[p.name], e); });
      row.append(field, document.createElement('span'));
    }
    const dom = document.createElement('span');
    dom.className = 'domain';
    dom.textContent = `${p.type}, ${p.domain}${p.default === null ? ', required' : ', default ' + p.default}`;
    row.append(dom);
    parent.append(row);
  }
}
