/** The part of citeproc-js (the CSL processor) that options-brief uses. */
declare module 'citeproc' {
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    author?: { literal?: string; family?: string; given?: string }[];
    publisher?: string;
    'container-title'?: string;
    number?: string;
    issued?: { 'date-parts': number[][] };
    accessed?: { 'date-parts': number[][] };
    URL?: string;
  }
  export interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): CslItem;
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  }
  /** A CommonJS module: its exports arrive as the default import. */
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
