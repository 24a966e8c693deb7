import fs from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {}

const lockFile = (dir: string) => path.join(dir, "clarity.lock");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live process, other than this one, that holds the folder's lock; null when none does. */
export function lockHolder(dir: string): number | null {
  let owner: number;
  try {
    owner = Number.parseInt(fs.readFileSync(lockFile(dir), "utf8"), 10);
  } catch {
    return null;
  }
  return Number.isInteger(owner) && owner !== process.pid && isAlive(owner) ? owner : null;
}

export function lockedMessage(dir: string, owner: number): string {
  return (
    `The embedded database in ${dir} is already in use by another Clarity process (pid ${owner}). ` +
    `Stop that process first, or point PGLITE_DIR at another folder. ` +
    `(If no such process exists, delete ${lockFile(dir)}.)`
  );
}

/**
 * PGlite has no lock of its own and two processes on one folder corrupt it silently, so the
 * folder carries a lock file naming the owning process. A lock left by a dead process (or by an
 * earlier life of this pid, as after a container restart) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = lockFile(dir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = lockHolder(dir);
      if (owner !== null) throw new DataDirLockedError(lockedMessage(dir, owner));
      removeStaleLock(lockPath);
    }
  }
  throw new DataDirLockedError(`Could not lock ${dir}.`);
}

/**
 * Moves a stale lock aside before deleting it, and puts it back if, in between, it turned into
 * another process's fresh lock: two processes starting at once over a stale lock cannot both win.
 */
function removeStaleLock(lockPath: string): void {
  let stale: string;
  try {
    stale = fs.readFileSync(lockPath, "utf8");
  } catch {
    return; // already gone
  }
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return; // someone else moved it first
  }
  if (fs.readFileSync(aside, "utf8") !== stale) {
    // Not the stale lock any more: hand it back (link fails if yet another lock exists meanwhile).
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // A third process locked the folder in this instant. Three starts racing over a stale lock
      // within microseconds is the one case this does not settle.
    }
  }
  fs.rmSync(aside, { force: true });
}
