import type { PolicyOption } from '../schema/option.js';
import type { Pack } from '../schema/pack.js';
import type { Source } from '../schema/source.js';

type Claim = { text: string; sources: string[] };

export interface PositionView {
  party: PackView['parties'][number];
  stance: PolicyOption['positions'][string]['stance'];
  text: string;
  sources: string[];
}

export interface ScoreView {
  criterion: CriterionView;
  /** Null where the author has not scored this criterion. */
  score: number | null;
  rationale: string | null;
}

/** An option as a brief prints it: positions in the pack's party order, scores in criteria order. */
export interface OptionView {
  number: number;
  anchor: string;
  id: string;
  title: string;
  short_title: string;
  also_known_as: string[];
  kind: PolicyOption['kind'];
  period: { from: string; to: string | null };
  proposed_by: string[];
  status: PolicyOption['status'];
  status_note: string;
  summary: string;
  provisions: Claim[];
  timeline: { date: string; event: string; sources: string[] }[];
  positions: PositionView[];
  pros: Claim[];
  cons: Claim[];
  disagreements: Claim[];
  outcome: string;
  assessment: ScoreView[];
  sources: string[];
}

/** Optional fields become null, so templates in strict mode can test them. */
type Nullable<T> = { [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

export type SourceView = Nullable<Omit<Source, 'author'>> & {
  number: number;
  anchor: string;
  authors: string[];
  /** The source in a few words, for a page footer. */
  short: string;
  /** The whole entry as sanitised HTML in the brief's citation style (Vancouver), filled in by the render. */
  formatted: string;
};

export type CriterionView = Nullable<Pack['criteria'][number]>;

export type PackView = Nullable<Omit<Pack, 'options' | 'parties' | 'criteria'>> & {
  id: string;
  parties: Nullable<Pack['parties'][number]>[];
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
}
