// A `--driver=command` adapter for the self-tests: forwards each call to the reference server's
// control API (REF_URL, REF_TOKEN) and prints its answer, as a vendor's adapter would for its server.
let input = '';
process.stdin.on('data', (d) => {
  input += d;
});
process.stdin.on('end', async () => {
  const { call, id, ...rest } = JSON.parse(input);
  const base = `${process.env.REF_URL}/conformance/v1`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${process.env.REF_TOKEN}` };
  const request = {
    discover: () => fetch(base, { headers }),
    offer: () => fetch(`${base}/interactions`, { method: 'POST', headers, body: JSON.stringify(rest) }),
    produce: () =>
      fetch(`${base}/interactions/${id}/messages`, { method: 'POST', headers, body: JSON.stringify(rest) }),
    view: () => fetch(`${base}/interactions/${id}`, { headers }),
    end: () => fetch(`${base}/interactions/${id}`, { method: 'DELETE', headers }),
  }[call];
  const res = await request();
  if (res.status === 422 || (call === 'view' && (res.status === 404 || res.status === 501))) process.exit(3);
  const text = await res.text();
  if (!res.ok) {
    process.stderr.write(`control API answered ${res.status}: ${text}\n`);
    process.exit(1);
  }
  process.stdout.write(text || '{}');
});
