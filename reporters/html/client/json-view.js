// JSON pretty-printed into DOM text nodes, with the member a result's pointer names highlighted.
const el = app.el;

app.jsonView = (value, markPath) => {
  const pre = el('pre', 'json');
  const esc = (k) => k.replace(/~/g, '~0').replace(/\//g, '~1');
  const write = (parent, v, path, indent) => {
    if (v === null || typeof v !== 'object') {
      const cls = typeof v === 'string' ? 's' : typeof v === 'number' ? 'n' : 'l';
      parent.append(el('span', cls, JSON.stringify(v) ?? 'undefined'));
      return;
    }
    const isArray = Array.isArray(v);
    const entries = isArray ? v.map((x, i) => [String(i), x]) : Object.entries(v);
    if (entries.length === 0) return parent.append(isArray ? '[]' : '{}');
    parent.append(isArray ? '[' : '{');
    entries.forEach(([k, x], n) => {
      const child = `${path}/${esc(k)}`;
      parent.append(`\n${'  '.repeat(indent + 1)}`);
      let target = parent;
      if (child === markPath) {
        target = el('mark', 'offending');
        target.title = `offending member ${child}`;
        parent.append(target);
      }
      if (!isArray) target.append(el('span', 'k', JSON.stringify(k)), ': ');
      write(target, x, child, indent + 1);
      if (n < entries.length - 1) parent.append(',');
    });
    parent.append(`\n${'  '.repeat(indent)}${isArray ? ']' : '}'}`);
  };
  if (markPath === '') {
    const whole = el('mark', 'offending');
    pre.append(whole);
    write(whole, value, '', 0);
  } else write(pre, value, '', 0);
  return pre;
};
