// The few CouchDB HTTP requests Concord makes itself (provisioning); replication goes through
// PouchDB. Basic authentication on every request: no session cookie to keep or leak.

export interface CouchCredentials {
  username: string;
  password: string;
}

/** A request CouchDB refused or never answered, in words the lead can act on. */
export class CouchRequestError extends Error {
  override readonly name = 'CouchRequestError';
  /** The HTTP status; 0 when the server did not answer at all. */
  readonly status: number;
  /** CouchDB's own reason (or the network's), for the details. */
  readonly reason: string;

  constructor(doing: string, status: number, reason: string) {
    super(`${doing}: ${explain(status, reason)}`);
    this.status = status;
    this.reason = reason;
  }
}

function explain(status: number, reason: string): string {
  if (status === 0)
    return 'the server did not answer. Check its address, and that it is running and reachable from here.';
  if (status === 401) return 'the server did not accept the user name or password.';
  if (status === 403) return `the server refused it (${reason}).`;
  if (status === 404) return 'the server has no such database or document.';
  if (status >= 500) return `the server failed (${status}: ${reason}). Try again, or ask its administrator.`;
  return `the server answered ${status} (${reason}).`;
}

/** The URL of a database on a server given as `https://host/couchdb` (no trailing slash needed). */
export function databaseUrl(serverUrl: string, database: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(database)}`;
}

/** `Basic <base64 of user:password as UTF-8>` (btoa alone takes only Latin-1). */
export function basicAuthorization({ username, password }: CouchCredentials): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))}`;
}

export interface CouchRequest {
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  credentials: CouchCredentials;
  body?: unknown;
  /** Statuses that are an answer, not a failure (e.g. 404 for "not there yet"); 2xx always are. */
  accept?: readonly number[];
  /** What the request does, in the lead's words: starts the error message. */
  doing: string;
}

/** One JSON request to `<serverUrl><path>`; throws CouchRequestError for any status not accepted. */
export async function couchRequest<T = Record<string, unknown>>(
  serverUrl: string,
  path: string,
  request: CouchRequest,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: basicAuthorization(request.credentials),
  };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${serverUrl.replace(/\/+$/, '')}${path}`, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      credentials: 'omit',
    });
  } catch (error) {
    throw new CouchRequestError(request.doing, 0, error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  const ok = (response.status >= 200 && response.status < 300) || (request.accept ?? []).includes(response.status);
  if (!ok) {
    const couch = body as { error?: unknown; reason?: unknown } | null;
    const reason =
      typeof couch?.reason === 'string'
        ? couch.reason
        : typeof couch?.error === 'string'
          ? couch.error
          : response.statusText;
    throw new CouchRequestError(request.doing, response.status, reason);
  }
  return { status: response.status, body: body as T };
}
