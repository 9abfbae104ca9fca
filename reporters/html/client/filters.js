// Filters by verdict, channel, requirement group and baseline change, and the matrix parts folded,
// kept in the URL fragment (#verdict=fail&channel=sms&group=NTF&change=new&fold=2&check=<id>) so a
// link can be shared; restored on load. Clearing the filters leaves the folds alone.
const FILTERS = ['verdict', 'channel', 'group', 'change'];
const KEYS = [...FILTERS, 'fold'];
const empty = () => ({ verdict: [], channel: [], group: [], change: [], fold: state.fold, check: '' });
const results = [...document.querySelectorAll('details.result')];

const readState = () => {
  const p = new URLSearchParams(location.hash.slice(1));
  const list = (k) => (p.get(k) || '').split(',').filter(Boolean);
  return {
    verdict: list('verdict'),
    channel: list('channel'),
    group: list('group'),
    change: list('change'),
    fold: list('fold'),
    check: p.get('check') || '',
  };
};
let state = readState();
const enc = (v) => encodeURIComponent(v).replace(/%2F/g, '/').replace(/%2C/g, ',');
const writeState = () => {
  const parts = KEYS.filter((k) => state[k].length).map((k) => `${k}=${enc(state[k].join(','))}`);
  if (state.check) parts.push(`check=${enc(state.check)}`);
  const hash = parts.length ? `#${parts.join('&')}` : '';
  if (location.hash === hash || (!hash && !location.hash)) return;
  try {
    history.replaceState(null, '', hash || location.pathname + location.search);
  } catch {
    location.hash = hash; // some browsers refuse replaceState on file: URLs
  }
};
const passes = (node, s) =>
  (!s.verdict.length || s.verdict.includes(node.dataset.verdict)) &&
  (!s.channel.length || s.channel.includes(node.dataset.channel)) &&
  (!s.group.length || node.dataset.groups.split(' ').some((g) => s.group.includes(g))) &&
  (!s.change.length || s.change.includes(node.dataset.change));

const apply = () => {
  for (const chip of document.querySelectorAll('[data-filter]')) {
    chip.setAttribute('aria-pressed', String(state[chip.dataset.filter].includes(chip.dataset.value)));
  }
  let shown = 0;
  for (const node of results) {
    node.hidden = !passes(node, state);
    if (!node.hidden) shown++;
  }
  document.getElementById('shown').textContent = `showing ${shown} of ${results.length} checks`;
  for (const node of document.querySelectorAll('#matrix [data-channel]')) {
    node.hidden = state.channel.length > 0 && !state.channel.includes(node.dataset.channel);
  }
  for (const body of document.querySelectorAll('#matrix tbody[data-group]')) {
    const filtered = state.group.length > 0 && !state.group.includes(body.dataset.group);
    body.hidden = filtered || state.fold.includes(body.dataset.part);
  }
  for (const button of document.querySelectorAll('#matrix [data-fold]')) {
    button.setAttribute('aria-expanded', String(!state.fold.includes(button.dataset.fold)));
  }
  for (const cell of document.querySelectorAll('#matrix .cell')) {
    const dim = state.verdict.length > 0 && !state.verdict.includes(cell.dataset.verdict);
    cell.classList.toggle('dim', dim);
  }
  for (const seq of document.querySelectorAll('.seq[data-channel]')) {
    seq.hidden = state.channel.length > 0 && !state.channel.includes(seq.dataset.channel);
  }
};

document.addEventListener('click', (event) => {
  const chip = event.target.closest('[data-filter]');
  if (chip) {
    const list = state[chip.dataset.filter];
    const at = list.indexOf(chip.dataset.value);
    if (at >= 0) list.splice(at, 1);
    else list.push(chip.dataset.value);
    apply();
    writeState();
    return;
  }
  const fold = event.target.closest('[data-fold]');
  if (fold) {
    const part = fold.dataset.fold;
    state.fold = state.fold.includes(part) ? state.fold.filter((p) => p !== part) : [...state.fold, part];
    apply();
    writeState();
    return;
  }
  if (event.target.closest('#clear-filters')) {
    state = empty();
    apply();
    writeState();
    return;
  }
  const link = event.target.closest('[data-check]');
  if (link) {
    event.preventDefault();
    focusCheck(link.dataset.check);
  }
});

const focusCheck = (id) => {
  const node = results.find((r) => r.dataset.id === id);
  if (!node) return;
  if (!passes(node, state)) {
    state = empty();
    apply();
  }
  state.check = id;
  writeState();
  const reveal = () => {
    node.scrollIntoView({ block: 'start' });
    node.classList.add('flash');
    setTimeout(() => node.classList.remove('flash'), 1500);
  };
  if (node.open) return reveal();
  // Scroll once the (asynchronous) toggle has drawn the timeline: before, the page may be too short.
  node.addEventListener('toggle', reveal, { once: true });
  node.open = true;
};

window.addEventListener('hashchange', () => {
  state = readState();
  apply();
  if (state.check) focusCheck(state.check);
});

// An opened check is the one a shared link points at.
document.addEventListener(
  'toggle',
  (event) => {
    const node = event.target;
    if (!node.matches?.('details.result')) return;
    if (node.open && state.check !== node.dataset.id) state.check = node.dataset.id;
    else if (!node.open && state.check === node.dataset.id) state.check = '';
    else return;
    writeState();
  },
  true,
);

apply();
if (state.check) focusCheck(state.check);
