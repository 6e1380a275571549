/**
 * Every word the tool itself prints, in English: the fallback of every other
 * catalogue and the list of keys a pack or template set may override.
 * `{name}` is filled in by the caller (`{{t "page.number" page=... }}`).
 * A key added here without a translation falls back to English; the
 * shipped catalogues are typed `Catalogue`, so they must name every key.
 */
export const EN = {
  // Shared by every set.
  'sources.heading': 'Sources',
  'sources.note': 'Numbered in order of first citation. Every claim in this brief cites at least one of them.',
  'sources.label': 'Sources:',
  'page.number': 'Page {page} of {pages}',
  'judgement.assessment': "the authors' assessment",
  'judgement.scores': "the authors' judgement",
  'edition.number': 'Edition {edition}',
  'edition.draft': 'Draft',
  'edition.draft-mark': 'DRAFT',
  'edition.draft-title': 'DRAFT: {title}',
  'edition.draft-warning': 'Draft: not for circulation',
  'edition.final': 'Final',
  // The document properties' subject: which edition a file is.
  'document.edition': 'edition {edition} of {date}',
  'document.final': 'final',
  'document.draft': 'draft',
  'changes.heading': 'Changes since edition {edition} of {date}',
  'changes.heading-unnumbered': 'Changes since the edition of {date}',
  'changes.contents': 'Changes since the last edition',
  'changes.sources': 'Sources',
  'changes.key-events': 'Key events',
  'separator.list': '; ',
  'separator.names': ', ',

  // What changed since the last edition (render/describe-change.ts): {from} and {to} are labels, scores or titles.
  'change.option-added': 'new option in this edition',
  'change.option-removed': 'no longer in the pack',
  'change.option-renamed': 'renamed from {from} to {to}',
  'change.status': 'status changed from {from} to {to}',
  'change.score-new': 'now scored {to} for {criterion}',
  'change.score-gone': 'no longer scored for {criterion} (was {from})',
  'change.score-same': 'rationale for {criterion} revised, score still {to}',
  'change.score-raised': 'score for {criterion} raised from {from} to {to}',
  'change.score-lowered': 'score for {criterion} lowered from {from} to {to}',
  'change.position': "{party}'s position changed from {from} to {to}",
  'change.position-restated': "{party}'s position restated, still {to}",
  'change.provision-added': 'provision added: {text}',
  'change.provision-removed': 'provision removed: {text}',
  'change.event-added': 'event added, {date}: {text}',
  'change.event-removed': 'event removed, {date}: {text}',
  'change.revised': 'text revised: {fields}',
  'change.source-added': 'now cited: {title}',
  'change.source-removed': 'no longer cited: {title}',
  'change.field.title': 'title',
  'change.field.short_title': 'short title',
  'change.field.kind': 'kind',
  'change.field.period': 'period',
  'change.field.proposed_by': 'proposed by',
  'change.field.summary': 'summary',
  'change.field.pros': 'arguments for',
  'change.field.cons': 'arguments against',
  'change.field.disagreements': 'where accounts differ',
  'change.field.outcome': 'outcome',
  'change.field.status_note': 'where it stands now',

  'decision.heading': 'The decision sought',
  'proposals.heading': 'Proposals made by others',
  'proposals.note': "Set out as their authors made them, in summary: they are not this pack's advice.",

  // The analyst brief.
  'contents.heading': 'Contents',
  'cover.date': 'Date',
  'cover.edition': 'Edition',
  'cover.status': 'Status',
  'cover.prepared-by': 'Prepared by',
  'cover.options': 'Options',
  'cover.criteria': 'Criteria',
  'cover.note':
    'Each option states the case of every party in its own terms, with sources. Scores and recommendations are marked as the judgement of the people named.',
  'summary.heading': 'Summary',
  'context.heading': 'Context',
  'context.see-also': 'See also',
  'comparison.heading': 'The options compared',
  'comparison.note': "Scores from 1 (weak) to 5 (strong) are the authors' judgement; each option's chapter gives the reason for every score.",
  'comparison.note-dated':
    "Scores from 1 (weak) to 5 (strong) are the authors' judgement, made on {date}; each option's chapter gives the reason for every score.",
  'comparison.option': 'Option',
  'rubric.label': 'What each score means',
  'comparison.scale-label': 'Score scale',
  'comparison.scale': 'Scale',
  'comparison.scale-text': 'from weak (1, light) to strong (5, dark); – not assessed',
  'timeline.heading': 'The options over time',
  'timeline.caption': 'Each option from its first to its last recorded date; an arrow marks one still open.',
  'timeline.caption-events': 'Below, the key events of the period, numbered as in the list that follows.',
  'timeline.figure-label': 'Timeline of the options, {from} to {to}',
  'timeline.key-events': 'Key events of {year}',
  'option.also-known-as': 'Also known as',
  'option.kind': 'Kind',
  'option.period': 'Period',
  'option.proposed-by': 'Proposed by',
  'option.status': 'Status',
  'option.provisions': 'Key provisions',
  'option.timeline': 'Timeline',
  'option.date': 'Date',
  'option.event': 'Event',
  'option.positions': 'Positions',
  'option.pros': 'Arguments for',
  'option.cons': 'Arguments against',
  'option.disagreements': 'Where accounts differ',
  'option.outcome': 'Outcome',
  'option.assessment': 'Assessment',
  'option.criterion': 'Criterion',
  'option.score': 'Score',
  'option.reason': 'Reason',
  'option.not-assessed': 'Not assessed.',
  'option.further-reading': 'Further reading:',
  'recommendations.heading': 'Recommendations',

  // The minister brief.
  'minister.kicker': 'Brief for ministers',
  'document.analyst': 'Full brief for analysts',
  'document.minister': 'Brief for ministers',
  'document.handout': 'Handout for a meeting',
  'minister.bottom-line': 'Bottom line',
  'minister.glance': 'The options at a glance',
  'minister.glance-note': "Each option's strongest argument either way, as the analysts rank them; the full case is in the analyst brief.",
  'minister.scores': 'Scores, 1–5:',
  'minister.for': 'For:',
  'minister.against': 'Against:',
  'minister.next-steps': 'Recommended next steps',

  // The handouts.
  'handout.pros': 'For',
  'handout.cons': 'Against',
  'handout.now': 'Where it stands now',
  'handout.positions': 'Where the parties stand',
  'handout.scores': 'Scores (1 weak to 5 strong)',
  'score.none': 'not assessed',

  // Enum values: render/labels.ts checks that every value of the schema has one.
  'kind.resolution': 'Resolution',
  'kind.mediation-proposal': 'Mediation proposal',
  'kind.bilateral-talks': 'Bilateral talks',
  'kind.backchannel': 'Backchannel',
  'kind.dialogue-framework': 'Dialogue framework',
  'kind.track-two': 'Track-two proposal',
  'kind.treaty': 'Treaty',
  'kind.declaration': 'Declaration',
  'kind.unilateral-measure': 'Unilateral measure',
  'status.proposed': 'Proposed',
  'status.under-discussion': 'Under discussion',
  'status.stalled': 'Stalled',
  'status.rejected': 'Rejected',
  'status.superseded': 'Superseded',
  'status.partly-implemented': 'Partly implemented',
  'status.in-force': 'In force',
  'status.in-abeyance': 'In abeyance',
  'stance.supports': 'Supports',
  'stance.conditional': 'Accepts with conditions',
  'stance.divided': 'Divided',
  'stance.opposes': 'Opposes',
  'stance.no-position': 'No stated position',
} as const;

export type MessageKey = keyof typeof EN;

/** A complete catalogue: every key in one language. */
export type Catalogue = Record<MessageKey, string>;

/** Some keys, as a pack or template set overrides them. */
export type Messages = Partial<Record<MessageKey, string>>;

export const MESSAGE_KEYS = Object.keys(EN) as MessageKey[];
