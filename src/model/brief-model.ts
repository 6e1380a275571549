import type { Criterion, Pack, Party } from '../schema/pack.js';
import type { PolicyOption } from '../schema/option.js';
import type { Source } from '../schema/source.js';
import type { EditionChanges } from './compare-editions.js';
import type { Nullable } from './with-nulls.js';

/**
 * What templates see, derived from the schemas: each view is its schema's
 * output with optional fields made null, plus what the model adds (numbers,
 * anchors, resolved references). A field added to a schema is in the view.
 */

export type PartyView = Nullable<Party>;
export type CriterionView = Nullable<Criterion>;

export type PositionView = PolicyOption['positions'][string] & { party: PartyView };

export interface ScoreView {
  criterion: CriterionView;
  /** Null where the author has not scored this criterion. */
  score: number | null;
  rationale: string | null;
}

/** An option as a brief prints it: positions in the pack's party order, scores in criteria order. */
export type OptionView = Nullable<Omit<PolicyOption, 'short_title' | 'period' | 'positions' | 'assessment'>> & {
  /** Its place in the pack, from 1. */
  number: number;
  /** The id of its chapter in the brief. */
  anchor: string;
  /** The short title, or the title where the file gives none. */
  short_title: string;
  period: { from: string; to: string | null };
  positions: PositionView[];
  assessment: ScoreView[];
};

export type SourceView = Nullable<Omit<Source, 'author'>> & {
  number: number;
  anchor: string;
  authors: string[];
  /** The source in a few words, for a page footer. */
  short: string;
  /** The whole entry as sanitised HTML in the brief's citation style, filled in by the render. */
  formatted: string;
};

export type PackView = Nullable<Omit<Pack, 'options' | 'parties' | 'criteria'>> & {
  id: string;
  parties: PartyView[];
  criteria: CriterionView[];
};

/** Everything a template sees, as plain data. */
export interface BriefModel {
  pack: PackView;
  options: OptionView[];
  /** Sources cited in this brief, numbered in the order the brief first cites them (filled in by the render). */
  sources: SourceView[];
  /** Source id to its number in this brief (filled in by the render). */
  citations: Record<string, number>;
  generator: { name: string; version: string };
  /** What changed since the edition the pack `follows`; null when it names none. */
  changes: EditionChanges | null;
}
