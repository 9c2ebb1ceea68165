// The part of pouchdb-browser 9 that the sync worker uses (the package ships no types).
declare module 'pouchdb-browser' {
  interface PouchError {
    status?: number;
    name?: string;
    reason?: string;
    message?: string;
  }
  interface ChangesResult<Doc> {
    results: { id: string; seq: string | number; doc?: Doc & { _id: string; _rev: string } }[];
    last_seq: string | number;
  }
  interface Replication {
    on(event: 'change', listener: (info: { docs: { _id: string }[] }) => void): Replication;
    on(event: 'paused', listener: (error?: PouchError) => void): Replication;
    on(event: 'active', listener: () => void): Replication;
    on(event: 'denied' | 'error', listener: (error: PouchError) => void): Replication;
    cancel(): void;
  }
  interface Database<Doc = Record<string, unknown>> {
    get(id: string): Promise<Doc & { _id: string; _rev: string }>;
    bulkDocs(docs: Doc[]): Promise<({ ok: true; id: string } | (PouchError & { error: true; id: string }))[]>;
    changes(options: { since: string | number; include_docs?: boolean; limit?: number }): Promise<ChangesResult<Doc>>;
    replicate: {
      to(
        target: Database<Doc>,
        options: { live?: boolean; retry?: boolean; back_off_function?: (delay: number) => number },
      ): Replication;
    };
    close(): Promise<void>;
  }
  interface DatabaseOptions {
    auth?: { username: string; password: string };
    skip_setup?: boolean;
    adapter?: string;
  }
  const PouchDB: {
    new <Doc = Record<string, unknown>>(name: string, options?: DatabaseOptions): Database<Doc>;
    plugin(plugin: unknown): void;
  };
  export default PouchDB;
  export type { Database, PouchError, Replication };
}
