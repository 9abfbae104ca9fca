/**
 * Everything in the report may come from a hostile target: every text goes through `esc` on its way
 * into markup, and data goes into a JSON script element that cannot be closed from inside.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for element content and (quoted) attribute values. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * JSON for `<script type="application/json">`: `<` becomes \u003c so no `</script>` or `<!--` can
 * end or confuse the element; U+2028/2029 are escaped too, for any reader that evaluates it.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A tag-template helper would hide where escaping happens; this only joins already-escaped parts. */
export function join(parts: readonly (string | false | undefined | null)[], sep = ''): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(sep);
}
