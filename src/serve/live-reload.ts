import { randomBytes } from 'node:crypto';

/** Where the preview page listens for "rebuilt" events. */
export const EVENTS_PATH = '/__brief/events';

/**
 * A brief as the preview serves it: the same HTML, with a Content-Security-
 * Policy that lets one inline script (by nonce) open the event stream and
 * reload the page after each rebuild. The file on disk keeps its own policy.
 */
export function withLiveReload(html: string): string {
  const nonce = randomBytes(16).toString('base64');
  const policy = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'nonce-${nonce}'; connect-src 'self'`;
  const script = `<script nonce="${nonce}">new EventSource('${EVENTS_PATH}').addEventListener('rebuilt', () => location.reload());</script>`;
  const replaced = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/i, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  return replaced.includes('</body>') ? replaced.replace('</body>', `${script}\n</body>`) : replaced + script;
}
