import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef, type PDFObject } from 'pdf-lib';
import { setMetadata } from './finish-pdf.js';
import { outlineEntries } from './outline-entries.js';
import { measureDocument, type PdfMeasure } from './measure-pdf.js';
import type { PdfMetadata } from '../model/brief-metadata.js';

/** A number tree (such as the structure's ParentTree) as a map. */
function numberTree(node: PDFDict | undefined, into = new Map<number, PDFObject>()): Map<number, PDFObject> {
  const nums = node?.lookupMaybe(PDFName.of('Nums'), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) into.set((nums.lookup(i) as PDFNumber).asNumber(), nums.get(i + 1));
  const kids = node?.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) numberTree(kids.lookup(i, PDFDict), into);
  return into;
}

/**
 * Copies the pages `indices` of `whole` into a PDF of their own, keeping what
 * a reader and assistive software use: the structure tree (tags) cut to the
 * elements on those pages, its parent tree, the language, the bookmarks that
 * lead to those pages (one level), and the document properties `meta`.
 */
export async function cutPdf(whole: PDFDocument, indices: readonly number[], meta: PdfMetadata): Promise<{ pdf: Uint8Array; measure: PdfMeasure }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const copier = PDFObjectCopier.for(whole.context, doc.context);
  const pageRefs = new Map<string, PDFRef>();
  for (const index of indices) {
    const source = whole.getPage(index);
    const node = copier.copy(source.node);
    const ref = doc.context.register(node);
    doc.addPage(PDFPage.of(node, ref, doc));
    pageRefs.set(source.ref.toString(), ref);
  }
  const mapPage = (obj: PDFObject | undefined) => (obj instanceof PDFRef ? pageRefs.get(obj.toString()) : undefined);
  copyStructure(whole, doc, copier, mapPage);
  copyOutline(whole, doc, mapPage);
  const lang = whole.catalog.get(PDFName.of('Lang'));
  if (lang) doc.catalog.set(PDFName.of('Lang'), copier.copy(lang));
  setMetadata(doc, meta);
  return { pdf: await doc.save({ objectsPerTick: Infinity }), measure: measureDocument(doc) };
}

type PageMap = (obj: PDFObject | undefined) => PDFRef | undefined;

/** The structure tree, keeping each element that has content on a copied page (with its ancestors), and the parent tree to match. */
function copyStructure(whole: PDFDocument, doc: PDFDocument, copier: PDFObjectCopier, mapPage: PageMap): void {
  const root = whole.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const newRefs = new Map<string, PDFRef>();
  const newRoot = doc.context.nextRef();

  /** The element `ref` copied under `parent`, or undefined when nothing of it is on the copied pages. */
  const element = (ref: PDFRef, parent: PDFRef, inheritedPage: PDFRef | undefined): PDFRef | undefined => {
    const source = whole.context.lookup(ref, PDFDict);
    const pg = source.get(PDFName.of('Pg'));
    const page = pg === undefined ? inheritedPage : mapPage(pg);
    const self = doc.context.nextRef();
    const kids = structKids(source.get(PDFName.of('K')), self, page, pg !== undefined || inheritedPage !== undefined);
    if (kids.length === 0) return undefined;
    const copy = doc.context.obj({});
    for (const [key, value] of source.entries()) {
      const name = key.asString();
      if (name === '/K' || name === '/P' || name === '/Pg') continue;
      copy.set(key, copier.copy(value));
    }
    copy.set(PDFName.of('P'), parent);
    if (pg !== undefined && page) copy.set(PDFName.of('Pg'), page);
    copy.set(PDFName.of('K'), kids.length === 1 ? kids[0]! : doc.context.obj(kids));
    doc.context.assign(self, copy);
    newRefs.set(ref.toString(), self);
    return self;
  };

  /** An element's kids that are on the copied pages: marked-content ids, references to content or annotations, and elements. */
  const structKids = (k: PDFObject | undefined, self: PDFRef, page: PDFRef | undefined, paged: boolean): PDFObject[] => {
    const items = k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [k];
    return items.flatMap((item): PDFObject[] => {
      if (item instanceof PDFNumber) return page ? [item] : [];
      const target = item instanceof PDFRef ? whole.context.lookup(item) : item;
      if (!(target instanceof PDFDict)) return [];
      const type = target.get(PDFName.of('Type'))?.toString();
      if (type === '/MCR' || type === '/OBJR') {
        const onPage = mapPage(target.get(PDFName.of('Pg'))) ?? (target.get(PDFName.of('Pg')) === undefined && paged ? page : undefined);
        if (!onPage) return [];
        const copy = copier.copy(target) as PDFDict;
        copy.set(PDFName.of('Pg'), onPage);
        return [copy];
      }
      if (!(item instanceof PDFRef)) return [];
      const kid = element(item, self, page);
      return kid ? [kid] : [];
    });
  };

  const top = root.get(PDFName.of('K'));
  const kids = structKids(top, newRoot, undefined, false);
  const parentTree = numberTree(root.lookupMaybe(PDFName.of('ParentTree'), PDFDict));
  const nums: PDFObject[] = [];
  const keys = new Set<number>();
  for (const page of doc.getPages()) {
    const key = page.node.get(PDFName.of('StructParents'));
    if (key instanceof PDFNumber) keys.add(key.asNumber());
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const parent = annots.lookupMaybe(i, PDFDict)?.get(PDFName.of('StructParent'));
      if (parent instanceof PDFNumber) keys.add(parent.asNumber());
    }
  }
  const mapElement = (obj: PDFObject): PDFObject => (obj instanceof PDFRef ? newRefs.get(obj.toString()) ?? doc.context.obj(null) : obj);
  for (const key of [...keys].sort((a, b) => a - b)) {
    const value = parentTree.get(key);
    if (value === undefined) continue;
    const resolved = value instanceof PDFRef ? whole.context.lookup(value) : value;
    nums.push(PDFNumber.of(key), resolved instanceof PDFArray ? doc.context.obj(resolved.asArray().map(mapElement)) : mapElement(value));
  }
  const copy = doc.context.obj({ Type: 'StructTreeRoot', K: kids.length === 1 ? kids[0]! : kids, ParentTree: doc.context.obj({ Nums: nums }) });
  for (const name of ['ParentTreeNextKey', 'RoleMap', 'ClassMap']) {
    const value = root.get(PDFName.of(name));
    if (value !== undefined) copy.set(PDFName.of(name), copier.copy(value));
  }
  doc.context.assign(newRoot, copy);
  doc.catalog.set(PDFName.of('StructTreeRoot'), newRoot);
  doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }));
}

/** The bookmarks that lead to the copied pages, in order, on one level. */
function copyOutline(whole: PDFDocument, doc: PDFDocument, mapPage: PageMap): void {
  const entries = outlineEntries(whole).flatMap((entry) => {
    const dest = entry.lookupMaybe(PDFName.of('Dest'), PDFArray);
    const page = mapPage(dest?.get(0));
    if (!dest || !page) return [];
    return [{ title: entry.get(PDFName.of('Title'))!, dest: [page, ...dest.asArray().slice(1)] }];
  });
  if (entries.length === 0) return;
  const root = doc.context.nextRef();
  const refs = entries.map(() => doc.context.nextRef());
  entries.forEach((entry, i) => {
    const item = doc.context.obj({ Title: entry.title, Parent: root, Dest: doc.context.obj(entry.dest) });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    doc.context.assign(refs[i]!, item);
  });
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: PDFNumber.of(entries.length) }));
  doc.catalog.set(PDFName.of('Outlines'), root);
}
