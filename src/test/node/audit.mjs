// Runs graphql-http's auditServer against a GraphQL-over-HTTP endpoint and prints one JSON line per check, then
// a summary line. Usage: node audit.mjs <url> [api-key]. With a key every request carries Authorization: Bearer.
import { auditServer } from 'graphql-http';

const [url, key] = process.argv.slice(2);
const fetchFn = key
  ? (input, init = {}) => {
      const headers = new Headers(init.headers || {});
      headers.set('Authorization', `Bearer ${key}`);
      return fetch(input, { ...init, headers });
    }
  : fetch;

const results = await auditServer({ url, fetchFn });
const counts = { ok: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] = (counts[result.status] || 0) + 1;
  const line = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    line.reason = result.reason;
  }
  console.log(JSON.stringify(line));
}
console.log(JSON.stringify({ summary: counts, total: results.length }));
