import type { PolicyOption } from '../schema/option.js';
import type { Pack } from '../schema/pack.js';
import { findCitations } from '../validate/find-citations.js';

/** What kind of thing changed between two editions of a pack. */
export type ChangeKind =
  | 'option-added'
  | 'option-removed'
  | 'option-renamed'
  | 'status'
  | 'score'
  | 'position'
  | 'provision-added'
  | 'provision-removed'
  | 'event-added'
  | 'event-removed'
  | 'revised'
  | 'source-added'
  | 'source-removed';

/** One change between two editions, as data: `describeChange` words it. */
export interface Change {
  kind: ChangeKind;
  /** The option it is in, as it stands now (as it stood, when removed); absent for sources and the pack's own events. */
  option?: { id: string; title: string };
  /** What in it changed: a criterion's or party's label, a provision's or event's text, a source's title, the fields revised. */
  what?: string;
  /** The value before and after: a status, stance or score, an old id, an event's date. */
  from?: string | number | null;
  to?: string | number | null;
  /** For a revision: the fields of the option that changed. */
  fields?: RevisedField[];
  /** For a score: the rationale the new edition gives. */
  rationale?: string | null;
  /** Where in a brief the change can be seen: the option's chapter, or none for what is gone. */
  anchor?: string;
  /** A finer place in the full brief: the option's positions, provisions, timeline or assessment. */
  detail?: string;
}

/** What a brief says has changed since the edition it follows. */
export interface EditionChanges {
  /** The git tag, branch or commit of that edition. */
  ref: string;
  /** Its edition number and date, as its pack gave them. */
  edition: number | null;
  date: string;
  /** Empty when nothing changed: the brief then has no changes section. */
  items: Change[];
}

/** Fields compared as a whole, reported together as one revision of the option. */
export const REVISED_FIELDS = ['title', 'short_title', 'kind', 'period', 'proposed_by', 'summary', 'pros', 'cons', 'disagreements', 'outcome', 'status_note'] as const;
export type RevisedField = (typeof REVISED_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const anchorOf = (id: string) => `option-${id}`;

/** The option in the old edition that a new one continues: the same id, or (renamed) the same title or the same kind, start and proposer. */
function pairOptions(oldIds: readonly string[], newIds: readonly string[], oldOf: (id: string) => PolicyOption, newOf: (id: string) => PolicyOption): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const id of newIds) if (oldIds.includes(id)) pairs.set(id, id);
  const unpairedOld = oldIds.filter((id) => !newIds.includes(id));
  for (const id of newIds.filter((n) => !pairs.has(n))) {
    const now = newOf(id);
    const match =
      unpairedOld.find((o) => oldOf(o).title === now.title) ??
      unpairedOld.find((o) => {
        const was = oldOf(o);
        return was.kind === now.kind && was.period.from === now.period.from && same(was.proposed_by, now.proposed_by);
      });
    if (match === undefined) continue;
    pairs.set(id, match);
    unpairedOld.splice(unpairedOld.indexOf(match), 1);
  }
  return pairs;
}

/** Items of `before` not in `after`, compared by `key`. */
const missingFrom = <T>(before: readonly T[], after: readonly T[], key: (item: T) => string) => {
  const keys = new Set(after.map(key));
  return before.filter((item) => !keys.has(key(item)));
};

function compareOption(was: PolicyOption, now: PolicyOption, oldPack: Pack, newPack: Pack): Change[] {
  const option = { id: now.id, title: now.short_title ?? now.title };
  const anchor = anchorOf(now.id);
  const at = (part: string) => ({ option, anchor, detail: `${anchor}-${part}` });
  const changes: Change[] = [];
  if (was.id !== now.id) changes.push({ kind: 'option-renamed', option, anchor, from: was.id, to: now.id });
  if (was.status !== now.status) changes.push({ kind: 'status', option, anchor, from: was.status, to: now.status });
  const text = (claim: { text: string }) => claim.text;
  for (const p of missingFrom(now.provisions, was.provisions, text)) changes.push({ kind: 'provision-added', ...at('provisions'), what: p.text });
  for (const p of missingFrom(was.provisions, now.provisions, text)) changes.push({ kind: 'provision-removed', ...at('provisions'), what: p.text });
  const event = (e: { date: string; event: string }) => `${e.date} ${e.event}`;
  for (const e of missingFrom(now.timeline, was.timeline, event)) changes.push({ kind: 'event-added', ...at('timeline'), what: e.event, to: e.date });
  for (const e of missingFrom(was.timeline, now.timeline, event)) changes.push({ kind: 'event-removed', ...at('timeline'), what: e.event, from: e.date });
  for (const party of newPack.parties) {
    const before = was.positions[party.id];
    const after = now.positions[party.id];
    if (!before || !after || (before.stance === after.stance && before.text === after.text)) continue;
    changes.push({ kind: 'position', ...at(`position-${party.id}`), what: party.label, from: before.stance, to: after.stance });
  }
  for (const criterion of newPack.criteria) {
    const before = was.assessment[criterion.id];
    const after = now.assessment[criterion.id];
    if (same(before, after) || !oldPack.criteria.some((c) => c.id === criterion.id)) continue;
    changes.push({ kind: 'score', ...at('assessment'), what: criterion.label, from: before?.score ?? null, to: after?.score ?? null, rationale: after?.rationale ?? null });
  }
  const revised = REVISED_FIELDS.filter((field) => !same(was[field], now[field]));
  if (revised.length > 0) changes.push({ kind: 'revised', option, anchor, fields: revised });
  return changes;
}

/** What the comparison reads of a project: its options and its sources. A validated project is one; so is a build's snapshot. */
export interface Edition {
  options: ReadonlyMap<string, { data: PolicyOption }>;
  sources: ReadonlyMap<string, { data: { title: string } }>;
}

/** Every source the pack's own text and its options cite. */
function citedSources(project: Edition, pack: Pack): Set<string> {
  const options = pack.options.map((id) => project.options.get(id)?.data);
  return new Set([pack, ...options].flatMap((data) => findCitations(data).map((c) => c.id)));
}

/**
 * What changed in a pack between two editions, in the order a reader meets
 * it: the options in the new edition's order (each added, renamed or changed),
 * then those removed, the pack's own timeline events, and the sources cited.
 * Both projects must be valid. An unchanged pack gives no change.
 */
export function compareEditions(oldProject: Edition, oldPack: { data: Pack }, newProject: Edition, newPack: { data: Pack }): Change[] {
  const oldOf = (id: string) => oldProject.options.get(id)!.data;
  const newOf = (id: string) => newProject.options.get(id)!.data;
  const oldIds = oldPack.data.options;
  const pairs = pairOptions(oldIds, newPack.data.options, oldOf, newOf);
  const changes: Change[] = [];
  for (const id of newPack.data.options) {
    const now = newOf(id);
    const wasId = pairs.get(id);
    if (wasId === undefined) changes.push({ kind: 'option-added', option: { id, title: now.short_title ?? now.title }, anchor: anchorOf(id) });
    else changes.push(...compareOption(oldOf(wasId), now, oldPack.data, newPack.data));
  }
  const kept = new Set(pairs.values());
  for (const id of oldIds.filter((o) => !kept.has(o))) {
    const was = oldOf(id);
    changes.push({ kind: 'option-removed', option: { id, title: was.short_title ?? was.title } });
  }
  const event = (e: { date: string; label: string }) => `${e.date} ${e.label}`;
  for (const e of missingFrom(newPack.data.key_events, oldPack.data.key_events, event)) changes.push({ kind: 'event-added', what: e.label, to: e.date, detail: 'timeline' });
  for (const e of missingFrom(oldPack.data.key_events, newPack.data.key_events, event)) changes.push({ kind: 'event-removed', what: e.label, from: e.date });
  const before = citedSources(oldProject, oldPack.data);
  const after = citedSources(newProject, newPack.data);
  const title = (project: Edition, id: string) => project.sources.get(id)?.data.title ?? id;
  for (const id of after) if (!before.has(id)) changes.push({ kind: 'source-added', what: title(newProject, id), to: id, anchor: 'sources' });
  for (const id of before) if (!after.has(id)) changes.push({ kind: 'source-removed', what: title(oldProject, id), from: id });
  return changes;
}
