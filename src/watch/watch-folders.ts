import { existsSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Every folder under `root`, itself first; none when it does not exist. */
function foldersUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  try {
    const entries = readdirSync(root, { withFileTypes: true, recursive: true });
    return [root, ...entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name))];
  } catch {
    return [];
  }
}

/**
 * Calls `changed` on any change to a file under the `roots`, however an
 * editor saves it. Each folder is watched by itself, not each file: a save
 * that writes a new file and renames it over the old one (vim, many IDEs,
 * `sed -i`), or deletes and recreates it, is a change to an entry of the
 * folder, so the next save is seen too, which a watch on the file's old
 * inode misses. Folders made or removed later, the roots included (through
 * a watch on their parent), are taken up or let go at the next event.
 */
export function watchFolders(roots: readonly string[], changed: () => void): { close: () => void } {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const open = (dir: string, listener: (name: string | null) => void) => {
    try {
      const watcher = watch(dir, (_event, name) => listener(name === null ? null : String(name)));
      // A watched folder that is removed ends its watcher; the next event re-resolves.
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(dir);
      });
      watchers.set(dir, watcher);
    } catch {
      // Gone between listing and watching: the next event re-resolves.
    }
  };

  const resolveFolders = () => {
    if (closed) return;
    const wanted = new Set(roots.flatMap(foldersUnder));
    const parents = new Set(roots.map((r) => dirname(r)).filter((p) => existsSync(p) && !wanted.has(p)));
    for (const [dir, watcher] of watchers) {
      if (!wanted.has(dir) && !parents.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of wanted) if (!watchers.has(dir)) open(dir, onEvent);
    for (const parent of parents) {
      if (watchers.has(parent)) continue;
      const names = new Set(roots.filter((r) => dirname(r) === parent).map((r) => basename(r)));
      // In a root's parent, only the root itself matters (made, removed or renamed).
      open(parent, (name) => {
        if (name === null || names.has(name)) onEvent();
      });
    }
  };

  function onEvent() {
    resolveFolders();
    changed();
  }

  resolveFolders();
  return {
    close: () => {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
