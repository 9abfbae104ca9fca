// Shared by the page's scripts (each file runs in its own block; `app` is what they share): a DOM
// helper that only ever adds text nodes, and the embedded data, parsed on first use.
app.el = (tag, cls, ...kids) => {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  node.append(...kids.filter((k) => k !== undefined && k !== null));
  return node;
};

let data;
app.data = () => {
  data ??= JSON.parse(document.getElementById('report-data').textContent);
  return data;
};

const bySeq = new Map();
/** A channel's events by seq number. */
app.eventsOf = (channel) => {
  if (!bySeq.has(channel)) {
    bySeq.set(channel, new Map((app.data().events[channel] || []).map((e) => [e.seq, e])));
  }
  return bySeq.get(channel);
};
