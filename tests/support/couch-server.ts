import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import { devNull } from 'node:os';

// A CouchDB-protocol server for tests (docs/sync.md, "The test server"): express-pouchdb in its
// fullCouchDB mode (users, _security, validate_doc_update) over PouchDB's in-memory adapter, in
// this process, on 127.0.0.1. A stand-in for Apache CouchDB 3.x, never a production server.

// The packages ship no types; these are the few members used here.
interface CouchSecurity {
  admins?: { names?: string[]; roles?: string[] };
  members?: { names?: string[]; roles?: string[] };
}
interface UserContext {
  name: string | null;
  roles: string[];
}
interface PouchDatabase {
  getSecurity(options?: object): Promise<CouchSecurity>;
  destroy(): Promise<unknown>;
  bulkDocs(...args: unknown[]): Promise<unknown>;
}
interface PouchClass {
  new (name: string): PouchDatabase;
  plugin(plugin: unknown): PouchClass;
  defaults(options: object): PouchClass;
  allDbs(): Promise<string[]>;
  prototype: object;
}
interface ExpressPouchApp {
  (request: unknown, response: unknown): void;
  couchConfig: { set(section: string, key: string, value: string, done: (error?: Error) => void): void };
  dbWrapper: {
    registerWrapper(
      wrap: (name: string, db: PouchDatabase & Record<string, unknown>, next: () => unknown) => unknown,
    ): void;
  };
}
type CouchRequest = IncomingMessage & { couchSession?: { userCtx?: UserContext } };

const require = createRequire(import.meta.url);
// pouchdb-core 9.0.0 is declared (devDependency) at the version pouchdb-adapter-memory pins, the one installed.
const PouchDB = (require('pouchdb-core') as PouchClass).plugin(require('pouchdb-adapter-memory'));
const expressPouchDB = require('express-pouchdb') as (pouch: PouchClass, options: object) => ExpressPouchApp;

export interface CouchServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** A server admin (CouchDB's [admins] section). */
  admin: { username: string; password: string };
  /** Closes the listener and every open socket, as a crash would; the data stays. */
  stop(): Promise<void>;
  /** Listens again on the same port, with the same data. */
  restart(): Promise<void>;
  /** Stops for good and deletes every database. */
  close(): Promise<void>;
}

let servers = 0;

/**
 * express-pouchdb's security plugin is wired in by PouchDB's replication plugin, which the server
 * side does not need: `db.replicate.to/from` must exist for it to install its wrappers, and apart
 * per database (one shared object would be wrapped twice).
 */
function stubReplicate(Pouch: PouchClass) {
  Object.defineProperty(Pouch.prototype, 'replicate', {
    configurable: true,
    get() {
      const refuse = () => Promise.reject(new Error('The test server does not replicate by itself.'));
      const own = { to: refuse, from: refuse };
      Object.defineProperty(this, 'replicate', { value: own });
      return own;
    },
  });
}

/**
 * express-pouchdb routes `_bulk_docs` (what replication writes through) before its security
 * middleware reads the database's `_security`, so validate_doc_update would get `{}` as secObj
 * there and a database admin would not be known as one; CouchDB always passes the real object.
 * Fill it in, outermost, before the validation wrapper runs.
 */
function passSecurityToBulkDocs(app: ExpressPouchApp) {
  app.dbWrapper.registerWrapper((_name, db, next) => {
    const wrapped = db.bulkDocs;
    db.bulkDocs = function (docs: unknown, options: unknown, callback?: unknown) {
      if (
        typeof options !== 'object' ||
        options === null ||
        ('secObj' in options && (options as { secObj?: unknown }).secObj)
      ) {
        return wrapped.call(this, docs, options, callback);
      }
      const done = db
        .getSecurity({ userCtx: SERVER_ADMIN })
        .then((secObj) => wrapped.call(this, docs, { ...options, secObj }));
      if (typeof callback === 'function')
        done.then(
          (result) => callback(null, result),
          (error) => callback(error),
        );
      return done;
    };
    return next();
  });
}

/**
 * express-pouchdb creates and deletes databases behind one global promise chain, and a refused
 * deletion (a reviewer's DELETE /<db>) rejects that chain for good: every later request that
 * opens a database then hangs. CouchDB answers a non-admin 401 here; so does this guard, before
 * express-pouchdb sees the request. Only Basic authentication is known to it, which is what
 * Concord and the tests use.
 */
function refusesDatabaseChange(request: IncomingMessage, admin: { username: string; password: string }): boolean {
  const path = (request.url ?? '/').split('?')[0]!;
  const changesDatabase = (request.method === 'PUT' || request.method === 'DELETE') && /^\/[^/_][^/]*\/?$/.test(path);
  if (!changesDatabase) return false;
  const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '');
  const expected = Buffer.from(`${admin.username}:${admin.password}`).toString('base64');
  return basic?.[1] !== expected;
}

function refuse(response: ServerResponse) {
  response.writeHead(401, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' }));
}

const SERVER_ADMIN: UserContext = { name: null, roles: ['_admin'] };
const MEMBER_METHODS = ['bulkGet', 'find', 'explain', 'getIndexes'];
const ADMIN_METHODS = ['createIndex', 'deleteIndex'];

function mayCall(userCtx: UserContext, security: CouchSecurity, method: string): boolean {
  const listed = (section?: { names?: string[]; roles?: string[] }) =>
    (section?.names ?? []).includes(userCtx.name ?? '') ||
    (section?.roles ?? []).some((role) => userCtx.roles.includes(role));
  if (userCtx.roles.includes('_admin') || listed(security.admins)) return true;
  const open = !security.members?.names?.length && !security.members?.roles?.length;
  return !ADMIN_METHODS.includes(method) && (open || listed(security.members));
}

/**
 * Some routes of express-pouchdb (_bulk_get, which replication reads through, _find, _explain,
 * _index) call the database without the user, which its security plugin takes for a server
 * admin: any user, or none, read any database through them. Check those calls against the
 * requesting user (kept per request in `requests`) and the database's _security, as CouchDB does.
 */
function checkUnscopedCalls(app: ExpressPouchApp, requests: AsyncLocalStorage<CouchRequest>) {
  app.dbWrapper.registerWrapper((_name, db, next) => {
    for (const method of [...MEMBER_METHODS, ...ADMIN_METHODS]) {
      const inner = db[method];
      if (typeof inner !== 'function') continue;
      db[method] = function (this: unknown, ...args: unknown[]) {
        const callback = typeof args.at(-1) === 'function' ? (args.pop() as (e: unknown, r?: unknown) => void) : null;
        const userCtx = requests.getStore()?.couchSession?.userCtx ?? { name: null, roles: [] };
        const done = db.getSecurity({ userCtx: SERVER_ADMIN }).then((security) => {
          if (!mayCall(userCtx, security, method)) {
            throw Object.assign(new Error('You are not authorized to access this db.'), {
              status: 401,
              name: 'unauthorized',
            });
          }
          return (inner as (...a: unknown[]) => Promise<unknown>).apply(this, args);
        });
        if (callback)
          done.then(
            (result) => callback(null, result),
            (error) => callback(error),
          );
        return done;
      };
    }
    return next();
  });
}

const setAdmin = (app: ExpressPouchApp, username: string, password: string) =>
  new Promise<void>((resolve, reject) =>
    app.couchConfig.set('admins', username, password, (e) => (e ? reject(e) : resolve())),
  );

/** Starts a fresh, empty server on a free port of 127.0.0.1, with one server admin. */
export async function startCouchServer(): Promise<CouchServer> {
  servers += 1;
  // The memory adapter keeps one store per process, keyed by name: a prefix keeps servers apart.
  const Pouch = PouchDB.defaults({ adapter: 'memory', prefix: `couch-server-${process.pid}-${servers}-` });
  stubReplicate(Pouch);
  const app = expressPouchDB(Pouch, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: devNull,
    overrideMode: { exclude: ['routes/replicate', 'replicator', 'routes/fauxton'] },
  });
  passSecurityToBulkDocs(app);
  const requests = new AsyncLocalStorage<CouchRequest>();
  checkUnscopedCalls(app, requests);
  const admin = { username: 'admin', password: randomBytes(18).toString('base64url') };
  await setAdmin(app, admin.username, admin.password);

  const sockets = new Set<Socket>();
  const state: { server: Server | null; port: number } = { server: null, port: 0 };
  const listen = () =>
    new Promise<void>((resolve) => {
      const server = createServer((request, response) => {
        if (refusesDatabaseChange(request, admin)) refuse(response);
        else requests.run(request, () => app(request, response));
      });
      server.listen(state.port, '127.0.0.1', () => resolve());
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      state.server = server;
    });
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      const closing = state.server;
      if (!closing) return resolve();
      state.server = null;
      closing.close((e) => (e ? reject(e) : resolve()));
      for (const socket of sockets) socket.destroy();
    });

  await listen();
  state.port = (state.server!.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${state.port}`,
    admin,
    stop,
    restart: async () => {
      if (!state.server) await listen();
    },
    close: async () => {
      await stop();
      const names = await Pouch.allDbs();
      await Promise.all(names.map((name) => new Pouch(name).destroy()));
    },
  };
}
