/** Where jobs go once their row exists: the embedded runner (SQLite) or pg-boss (PostgreSQL). */
export interface JobQueue {
  enqueue(jobId: string): Promise<void>;
  /** Stops taking jobs; a running one is handed back (queued again) at its next step. */
  close(): Promise<void>;
}
