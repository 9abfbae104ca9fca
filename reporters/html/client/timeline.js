// A check's trace as one timeline of HTTP exchanges and Bayeux messages, drawn when the check is
// opened (and each event's body when the event is). Text from the trace enters only as text nodes.
const el = app.el;

const PAGE = 300;
const drawTimeline = (box) => {
  if (!box || box.dataset.drawn) return;
  box.dataset.drawn = '1';
  const view = app.data().results[Number(box.dataset.index)];
  box.textContent = '';
  const scen = view.scenarios.length ? ` · scenarios ${view.scenarios.join(', ')}` : '';
  box.append(el('h4', '', `Trace (${view.seqs.length} events)`, el('span', 'scen', scen)));
  if (!view.channel || view.seqs.length === 0) {
    box.append(el('p', 'muted', 'No recorded events belong to this check.'));
    return;
  }
  const events = app.eventsOf(view.channel);
  const list = view.seqs.map((s) => events.get(s));
  const t0 = Math.min(...list.filter(Boolean).map((e) => e.t));
  const evidence = new Set(view.evidence);
  const rows = el('div', 'events');
  box.append(rows);
  // A lifecycle check's events come grouped by operation: each section opens where `from` says.
  const starts = new Map((view.sections || []).map((s) => [s.from, s]));
  let into = rows;
  let next = 0;
  const more = el('button', 'chip more');
  const drawMore = () => {
    list.slice(next, next + PAGE).forEach((e, k) => {
      const section = starts.get(next + k);
      if (section) {
        into = operationSection(section, list, t0);
        rows.append(into);
      }
      if (!e) return;
      const pointer = e.seq === view.evidence[0] ? view.pointer : undefined;
      into.append(eventRow(e, t0, evidence.has(e.seq), pointer));
    });
    next += PAGE;
    more.hidden = next >= list.length;
    more.textContent = `show ${Math.min(PAGE, list.length - next)} more of ${list.length - next}`;
  };
  more.type = 'button';
  more.addEventListener('click', drawMore);
  box.append(more);
  drawMore();
};

// A section's heading: the operation, its scenario, and the request body and answer on one line each.
const compact = (v) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s && s.length > 240 ? `${s.slice(0, 240)}…` : (s ?? '');
};
const operationSection = (section, list, t0) => {
  const op = list[section.from];
  const box = el('section', 'op');
  box.dataset.label = section.label;
  const isOp = !section.lead && op?.kind === 'http';
  const head = el('div', 'op-head', el('span', 'op-label', section.label));
  if (isOp) {
    head.append(el('span', 'muted', ` ${ms(op.t - t0)} · ${op.scenario || ''}`));
    const answer = op.response
      ? `${op.response.status} ${compact(op.response.json ?? op.response.text ?? '')}`
      : `✗ ${op.error || 'no response'}`;
    head.append(
      el('div', 'op-line', el('span', 'dir', '→ '), compact(op.request.body)),
      el('div', 'op-line', el('span', 'dir', '← '), answer),
    );
  }
  box.append(head);
  return box;
};

const pathOf = (url) => {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
};
const ms = (v) => `+${Math.round(v)} ms`;
const summaryOf = (e) => {
  if (e.kind === 'http') {
    const outcome = e.response ? String(e.response.status) : `✗ ${e.error || 'no response'}`;
    const took = e.response ? ` (${Math.round(e.response.t - e.t)} ms)` : '';
    return {
      dir: '→',
      what: `${e.request.method} ${pathOf(e.request.url)} → ${outcome}${took}`,
      tag: e.step,
    };
  }
  if (e.kind === 'bayeux') {
    const m = e.message || {};
    const d = m.data && typeof m.data === 'object' ? m.data : null;
    const parts = [m.channel];
    if (d?.messageType || d?.notificationType)
      parts.push(`${d.notificationType ?? '?'} · ${d.messageType ?? '?'}`);
    const res = d && Object.values(d).find((v) => v && typeof v === 'object' && typeof v.state === 'string');
    if (res) parts.push(`(${res.state})`);
    if (m.successful === false) parts.push(`unsuccessful${m.error ? `: ${m.error}` : ''}`);
    return { dir: e.direction === 'in' ? '←' : '→', what: parts.join('  '), bad: m.successful === false };
  }
  if (e.kind === 'note') return { dir: '•', what: `${e.level}: ${e.text}`, bad: e.level !== 'info' };
  return { dir: '!', what: `Bayeux fault: ${e.message}`, bad: true };
};

const eventRow = (e, t0, isEvidence, pointer) => {
  const s = summaryOf(e);
  const badges = [];
  if (s.tag) badges.push(el('span', 'badge', s.tag));
  if (s.bad) badges.push(el('span', 'badge bad', 'problem'));
  if (isEvidence) badges.push(el('span', 'badge ev-mark', 'evidence'));
  const row = el(
    'details',
    `ev${isEvidence ? ' evidence' : ''}`,
    el(
      'summary',
      '',
      el('span', 't', ms(e.t - t0)),
      el('span', 'actor', e.actor),
      el('span', 'dir', s.dir),
      el('span', 'what', s.what),
      el('span', '', `#${e.seq}`, ...badges),
    ),
  );
  row.dataset.seq = e.seq;
  row._event = e;
  row._pointer = pointer;
  if (isEvidence) {
    // Drawn now, not on its toggle, so the page has its full height when a shared link scrolls to it.
    row.open = true;
    row.dataset.drawn = '1';
    row.append(eventBody(e, pointer));
  }
  return row;
};

const eventBody = (e, pointer) => {
  const body = el('div', 'evbody');
  if (e.kind === 'http') {
    const { request: q, response: r } = e;
    const sent = parse(q.body);
    const candidates = [];
    if (r) candidates.push(['response', r.json]);
    if (sent.ok) candidates.push(['request', sent.value]);
    const mark = resolve(candidates, pointer)?.[0];
    body.append(el('h5', '', `Request  ${q.method} ${q.url}`), headers(q.headers));
    if (q.body !== undefined) {
      body.append(
        sent.ok ? app.jsonView(sent.value, mark === 'request' ? pointer : undefined) : text(q.body),
      );
    }
    if (r) {
      const notes = [r.parseError && `not JSON: ${r.parseError}`, r.truncated && 'truncated'].filter(Boolean);
      body.append(
        el('h5', '', `Response  ${r.status} · ${r.size} bytes ${notes.join(' · ')}`),
        headers(r.headers),
      );
      body.append(
        r.json !== undefined
          ? app.jsonView(r.json, mark === 'response' ? pointer : undefined)
          : text(r.text ?? ''),
      );
    }
    if (e.error) body.append(el('h5', '', 'Transport error'), text(e.error));
    if (pointer !== undefined && !mark)
      body.append(el('p', 'muted', `Member ${pointer} not found in this exchange.`));
  } else if (e.kind === 'bayeux') {
    const mark = resolve(
      [
        ['message', e.message],
        ['data', e.message?.data],
      ],
      pointer,
    );
    if (mark?.[0] === 'data') body.append(app.jsonView(e.message, `/data${pointer}`));
    else body.append(app.jsonView(e.message, mark ? pointer : undefined));
    if (pointer !== undefined && !mark)
      body.append(el('p', 'muted', `Member ${pointer} not found in this message.`));
  } else {
    body.append(text(e.kind === 'note' ? e.text : e.message));
  }
  return body;
};

const parse = (s) => {
  if (typeof s !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch {
    return { ok: false };
  }
};
// The pointer names a member of "the evidence event's body": the first candidate it resolves in.
const resolve = (candidates, pointer) => {
  if (pointer === undefined) return undefined;
  const parts =
    pointer === ''
      ? []
      : pointer
          .split('/')
          .slice(1)
          .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return candidates.find(([, value]) => {
    let v = value;
    for (const p of parts) {
      if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return false;
      v = v[p];
    }
    return v !== undefined;
  });
};

const headers = (h) => {
  const table = el('table', 'headers');
  for (const [k, v] of Object.entries(h || {})) table.append(el('tr', '', el('td', '', k), el('td', '', v)));
  return table;
};
const text = (s) => el('pre', 'text', s);

// `toggle` does not bubble: listen in the capture phase, for checks and for their events.
document.addEventListener(
  'toggle',
  (event) => {
    const node = event.target;
    if (!node.open) return;
    if (node.matches?.('details.result')) drawTimeline(node.querySelector('.timeline'));
    else if (node.matches?.('details.ev') && !node.dataset.drawn) {
      node.dataset.drawn = '1';
      node.append(eventBody(node._event, node._pointer));
    }
  },
  true,
);
