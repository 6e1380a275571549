import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveOutput, type Preview } from '../../src/serve/serve-output.js';
import { runCli } from '../helpers/cli.js';
import { projectCopy, tempDir } from '../helpers/fixtures.js';

let preview: Preview | undefined;
afterEach(async () => {
  await preview?.close();
  preview = undefined;
});

describe('the preview of a real build', () => {
  it('lists and serves exactly what the last build of each pack wrote: every set, every format, the handouts', async () => {
    const dir = projectCopy();
    const pack = join(dir, 'options', 'packs', 'sample.yaml');
    writeFileSync(pack, readFileSync(pack, 'utf8').replace('audiences: [analyst]', 'audiences: [analyst, handout]'));
    const out = tempDir();
    expect((await runCli('-C', dir, 'build', '-f', 'html,pdf,docx', '--out', out)).code).toBe(0);
    // Beside the build's files: a PDF the user put there, and a pack folder no build of this version recorded.
    writeFileSync(join(out, 'sample', 'old-draft.pdf'), '%PDF-1.4 the user\'s');
    mkdirSync(join(out, 'older-pack'));
    writeFileSync(join(out, 'older-pack', 'analyst.html'), '<p>stale</p>');
    preview = await serveOutput(out, 0);
    const { url } = preview;

    const index = await (await fetch(url)).text();
    const links = [...index.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links.sort()).toEqual([
      '/sample/analyst.docx',
      '/sample/analyst.html',
      '/sample/analyst.pdf',
      '/sample/handouts.docx',
      '/sample/handouts.html',
      '/sample/handouts.pdf',
      '/sample/handouts/alpha-plan.docx',
      '/sample/handouts/alpha-plan.pdf',
    ]);
    expect(index).toContain('<b>handouts</b>');
    expect(index).toContain('one per option: <a href="/sample/handouts/alpha-plan.docx">');
    expect(index).toContain('Not listed, as no build of this version of brief has recorded what it made there: older-pack.');

    const pdf = await fetch(`${url}sample/handouts/alpha-plan.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).equals(readFileSync(join(out, 'sample', 'handouts', 'alpha-plan.pdf')))).toBe(true);
    const docx = await fetch(`${url}sample/analyst.docx`);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // Not written by the build, so not served, whatever its type.
    for (const path of ['sample/old-draft.pdf', 'older-pack/analyst.html', 'sample/.brief-manifest.json']) expect((await fetch(`${url}${path}`)).status, path).toBe(404);
  });
});
