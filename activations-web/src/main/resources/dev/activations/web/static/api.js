// The page speaks to the server through the same JSON API that scripts use (/api/v1).

/** An API error: the server's one-line message and the field it names. */
export class ApiError extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

/** JSON numbers that JSON cannot hold arrive as strings: "NaN", "Infinity", "-Infinity". */
export function num(v) {
  return typeof v === 'string' ? Number(v) : v;
}

export async function call(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch('/api/v1' + path, init);
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (!res.ok) {
    throw new ApiError(res.status, (data && data.error) || res.statusText, data && data.field);
  }
  return data;
}

export const get = (path) => call('GET', path);
export const post = (path, body) => call('POST', path, body);
export const del = (path) => call('DELETE', path);

/** Shortest readable form of a number: up to 8 significant digits, specials spelled out. */
export function fmt(v, digits = 8) {
  v = num(v);
  if (v === null || v === undefined) return '—';
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return Object.is(v, -0) ? '−0' : '0';
  const a = Math.abs(v);
  const s = (a >= 1e-4 && a < 1e7) ? String(Number(v.toPrecision(digits))) : v.toExponential(digits - 3);
  return s.replace('-', '−');
}

export const PALETTE = ['#2f6fdd', '#e4572e', '#17a398', '#8e44ad', '#f0a202', '#c2185b',
  '#5d6d7e', '#2e7d32'];
