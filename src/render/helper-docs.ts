import type { HelperName } from './helpers.js';

/** Each helper with an example and what it gives: a helper without an entry here does not compile. */
export const HELPER_DOCS: Record<HelperName, { example: string; gives: string }> = {
  markdown: { example: '{{markdown summary}}', gives: 'a Markdown field as sanitised HTML paragraphs, with inline citations numbered; with `cite=sources` those citations close its last paragraph' },
  inline: { example: '{{inline text}}', gives: 'the same for one line, without a paragraph' },
  cite: { example: '{{cite sources}}', gives: '[3, 5], each number linked to its entry in the sources list' },
  date: { example: '{{date "1950-09-15"}}', gives: "15 September 1950 (in the pack's lang; 1950-09 gives September 1950)" },
  period: { example: '{{period period}}', gives: 'March 1950 – September 1950' },
  t: { example: '{{t "timeline.key-events" year=2025}}', gives: "a word the tool prints, from the catalogue of the pack's lang, {name} filled from the arguments" },
  display: { example: '{{display "status" status}}', gives: "the reader's words for a value, in the pack's language: Partly implemented" },
  num: { example: '{{num number}}', gives: "a number in the digits of the pack's language" },
  'dir-attribute': { example: '<html lang="{{pack.lang}}"{{dir-attribute}}>', gives: ' dir="rtl" for a right-to-left language, nothing otherwise' },
  side: { example: '@bottom-{{side "end"}} { … }', gives: 'left or right: the physical side of a logical start or end, for @page margin boxes' },
  'css-message': { example: 'content: {{css-message "page.number"}};', gives: "a message as CSS content for @page margin boxes, the page counters in the language's digits" },
  join: { example: '{{join authors ", "}}', gives: 'a list joined with the separator (which may be (t "separator.list"))' },
  eq: { example: '{{#if (eq tag "ol")}}', gives: 'whether two values are equal' },
  add: { example: '{{add @index 1}}', gives: 'the sum of two numbers' },
  array: { example: '{{join (array number ". " title) ""}}', gives: 'a list of its arguments' },
  'page-of': { example: '{{page-of anchor}}', gives: 'the printed page of the element with that id, filled in when printing (blank in HTML)' },
  'css-string': { example: 'content: {{css-string pack.title}};', gives: 'text as a CSS string, safe inside <style>: for margin boxes' },
  'own-sources': { example: '{{#own-sources}}{{> handout-page}}{{/own-sources}}', gives: 'a part whose citations are numbered from 1 on their own, with @sources listing what it cites' },
  'change-words': {
    example: '{{#with (change-words this true)}}…{{/with}}',
    gives: "a change since the last edition (in changes.items) as subject, says and href: its place in the brief, the finer one with true",
  },
  'timeline-figure': { example: '{{timeline-figure options pack.key_events}}', gives: "an SVG timeline of the options' periods, with the key events numbered, and what it shows in words as its accessible name" },
  'timeline-sources': { example: '{{cite (timeline-sources options pack.key_events)}}', gives: "the sources of the timeline's dates: each option's dated events nearest its period's ends, then the key events'" },
  'timeline-years': { example: '{{#with (timeline-years options pack.key_events)}}{{from}}–{{to}}{{/with}}', gives: 'the first and last year the timeline shows, and events: the year of its key events (null without any)' },
};
