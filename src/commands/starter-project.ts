/**
 * The project `brief init` writes: a complete, small example on a settled
 * dispute (the Beagle Channel, between Argentina and Chile), with real
 * sources, that validates and builds as it stands. It shows every kind of
 * file once; a user replaces it with their own.
 */

const SCHEMA = (name: string, depth: number) => `# yaml-language-server: $schema=${'../'.repeat(depth)}schema/${name}.schema.json`;

const sources = `${SCHEMA('sources', 1)}
# The source registry: every source once. Options and packs cite them by id,
# as sources: [id] on a claim or inline in Markdown as [@id].
sources:
  - id: beagle-award-1977
    title: Dispute between Argentina and Chile concerning the Beagle Channel
    author: Court of Arbitration
    publisher: United Nations, Reports of International Arbitral Awards
    document: RIAA vol. XXI, pp. 53-264
    date: 1977-02-18
    url: https://legal.un.org/riaa/cases/vol_XXI/53-264.pdf
    accessed: ${'{{today}}'}
    kind: report
  - id: treaty-1984
    title: Treaty of Peace and Friendship between Chile and Argentina
    publisher: United Nations, Division for Ocean Affairs and the Law of the Sea
    date: 1984-11-29
    url: https://www.un.org/Depts/los/LEGISLATIONANDTREATIES/PDFFILES/TREATIES/CHL-ARG1984PF.PDF
    accessed: ${'{{today}}'}
    kind: treaty
  - id: laudy-2000
    title: "The Vatican Mediation of the Beagle Channel Dispute: Crisis Intervention and Forum Building"
    author: Mark Laudy
    publisher: "Rowman & Littlefield, in Words Over War (Carnegie Commission on Preventing Deadly Conflict)"
    date: 2000
    kind: book
  - id: gibler-2009
    title: International Military Alliances, 1648-2008
    author: Douglas M. Gibler
    publisher: CQ Press
    date: 2009
    kind: book
    note: Its entry on the 1984 treaty prints the treaty's text and its aftermath.
`;

const pack = `${SCHEMA('pack', 2)}
# A pack: which options, the parties whose positions each option states, the
# criteria options are scored against, and the audiences to brief.
title: The Beagle Channel dispute
subtitle: How Argentina and Chile settled it, as a worked example
date: ${'{{today}}'}
authors: [options-brief starter project]
classification: PUBLIC
lang: en
context: |
  Argentina and Chile disputed the islands south of the Beagle Channel and the
  sea beyond them. A court of arbitration ruled in 1977 [@beagle-award-1977];
  Argentina rejected the ruling, and the crisis that followed was resolved by
  papal mediation [@laudy-2000].
bottom_line: |
  The dispute was settled by a treaty signed in 1984 after six years of papal
  mediation [@treaty-1984]; it is an example of a boundary dispute closed by a
  negotiated text after a legal ruling alone did not hold [@laudy-2000].
parties:
  - id: argentina
    label: Argentina
  - id: chile
    label: Chile
criteria:
  - id: durability
    label: Durable
    description: Has it held, and does it give the parties a way to settle what comes next?
  - id: consent
    label: Accepted
    description: Did both parties accept it, through their own procedures?
options: [treaty-of-peace-1984]
audiences: [analyst, minister, handout]
`;

const option = `${SCHEMA('option', 1)}
# A policy option: every claim cites at least one source of options/sources.yaml.
id: treaty-of-peace-1984
title: The Treaty of Peace and Friendship (1984)
short_title: The 1984 treaty
kind: treaty
period:
  from: 1979-01
  to: 1984-11-29
proposed_by:
  - The Holy See, as mediator
status: in-force
status_note: In force since the ratifications were exchanged in 1985.
summary: |
  A treaty, reached through the mediation that both governments asked the Holy
  See for in January 1979, that fixes the maritime boundary south of the
  Beagle Channel and commits both states to settle later disputes by peaceful
  means [@treaty-1984].
provisions:
  - text: A maritime boundary running from the end of the existing boundary in the Beagle Channel.
    sources: [treaty-1984]
  - text: A permanent conciliation commission, and arbitration where conciliation fails, for later disputes.
    sources: [treaty-1984]
  - text: Rules on navigation and on the boundary at the eastern mouth of the Strait of Magellan.
    sources: [treaty-1984]
timeline:
  - date: 1977-02-18
    event: The court of arbitration gives its award on the channel and its islands.
    sources: [beagle-award-1977]
  - date: 1979-01-08
    event: Both governments ask the Holy See to mediate.
    sources: [treaty-1984]
  - date: 1980-12-12
    event: The mediator puts forward a proposal, with suggestions and advice.
    sources: [treaty-1984]
  - date: 1984-11-29
    event: The treaty is signed in Vatican City.
    sources: [treaty-1984]
positions:
  argentina:
    stance: supports
    text: Signed and ratified the treaty after a national consultation in which most voters approved it.
    sources: [laudy-2000]
  chile:
    stance: supports
    text: Signed and ratified the treaty, which names the 1881 boundary treaty as the foundation of relations.
    sources: [treaty-1984]
pros:
  - text: It replaced a confrontation that came close to war in December 1978 with an agreed text.
    sources: [laudy-2000]
  - text: It gives the parties a standing procedure, conciliation and then arbitration, for later disputes.
    sources: [treaty-1984]
  - text: Both states undertake never to use or threaten force in their relations with each other.
    sources: [treaty-1984]
cons:
  - text: It came only after Argentina had rejected the 1977 award, and after years of mediation.
    sources: [laudy-2000]
  - text: Argentina's government put it to a national consultation first, a sign that the settlement needed public consent to hold.
    sources: [laudy-2000]
  - text: It settles the boundary by compromise, so neither party obtained everything it had claimed.
    sources: [treaty-1984]
outcome: |
  In force since 1985; the two states later cooperated on the economy and,
  by 1999, held joint naval exercises near the channel [@gibler-2009].
assessment:
  durability:
    score: 5
    rationale: The boundary has held since 1985, and the treaty provides for what comes next.
  consent:
    score: 4
    rationale: Both parties ratified it; in Argentina only after a national consultation.
`;

/** The starter files, by path relative to the project folder, with today's date filled in. */
export function starterFiles(today: string): [string, string][] {
  const fill = (text: string) => text.replaceAll('{{today}}', today);
  return [
    ['options/sources.yaml', fill(sources)],
    ['options/packs/beagle-channel.yaml', fill(pack)],
    ['options/treaty-of-peace-1984.yaml', fill(option)],
    ['.gitignore', 'output/\nnode_modules/\n*.log\n'],
  ];
}

export const STARTER_PACK = 'beagle-channel';
