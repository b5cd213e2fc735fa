// The groups the server knows: loaded from RUNDE_GROUPS_FILE at start-up (a bad file stops the
// start with the error), re-read on SIGHUP (a bad file then keeps the groups loaded before and
// logs the error, so a typo never takes the meetings down).
import { log } from '../log.js';
import { GroupsFileError, loadGroupsFile, type Group, type GroupsFile } from './config.js';

export type ReloadResult = { ok: true; groups: number } | { ok: false; error: string };

export class GroupRegistry {
  private file: GroupsFile;

  /** `path` null: no groups. Throws GroupsFileError when the file is bad. */
  constructor(private readonly path: string | null) {
    this.file = path ? loadGroupsFile(path) : { groups: [], publicUrl: null };
  }

  /** Re-reads the file; on a fault keeps what was loaded and reports the error. */
  reload(): ReloadResult {
    if (!this.path) return { ok: true, groups: 0 };
    try {
      this.file = loadGroupsFile(this.path);
      log('groups_loaded', { groups: this.file.groups.length });
      return { ok: true, groups: this.file.groups.length };
    } catch (err) {
      const error = err instanceof GroupsFileError ? err.message : 'could not load the groups file';
      // The file is the operator's own configuration, not anyone's content: safe to log.
      log('groups_reload_failed', { error });
      return { ok: false, error };
    }
  }

  all(): readonly Group[] {
    return this.file.groups;
  }

  find(slug: string): Group | undefined {
    return this.file.groups.find((g) => g.slug === slug);
  }

  get publicUrl(): string | null {
    return this.file.publicUrl;
  }
}
