/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Fuzz documents on which the Markdown import knowingly differs from the
 * markdown-it reference reader, by seed, each with the smallest input
 * showing the difference (from tests/js/model/reference/report.mjs) and
 * why it is left. All are constructs no policy text is written in: tabs
 * inside nested containers, lazy lines four or more columns in, markers
 * glued to other syntax. The test holds every seed listed here to still
 * differ, so a fix shows up as a failure until its entry is removed.
 */

export interface KnownDivergence {
	seed: number
	reduced: string
	why: string
}

const TABS = 'A tab inside nested containers: markdown-it keeps the tab or counts its columns from another origin.'
const LAZY = 'A lazy line indented four or more columns in nested quotes and lists: markdown-it weighs it against the innermost container.'
const LINKIFY = 'A bare address next to syntax (`^`, a BOM, an odd `~`): linkify-it counts some symbols as letters.'
const ORDER = 'Warnings in another order when a footnote is referenced again inside its own definition.'
const DEFLIST = 'A definition list description followed by a list marker: markdown-it takes the marker line as the next term.'
const NESTED = 'An inline footnote inside the definition of the footnote it references: markdown-it drops the inner warning.'

export const KNOWN_DIVERGENCES: KnownDivergence[] = [
	{ seed: 20260024, reduced: '>10)  >[t](ftp://example.org/f)\n>     >', why: LAZY },
	{ seed: 20260047, reduced: '>>\t     -', why: TABS },
	{ seed: 20260051, reduced: '[^1]:[t](ftp://example.org/f)^[inline[^1]nested]', why: NESTED },
	{ seed: 20260071, reduced: '>>\t     <div>', why: TABS },
	{ seed: 20260092, reduced: 'ftp://files.example.org^[note', why: LINKIFY },
	{ seed: 20260112, reduced: '><details> \t\n>\t<summary>More</summary>', why: TABS },
	{ seed: 20260238, reduced: '- B]\n           ~ x_y_z\n           *', why: LAZY },
	{ seed: 20260360, reduced: '>``` \n>\t', why: TABS },
	{ seed: 20260373, reduced: '10)\t[^undefined] \t\n \t\n     3) עברית \t\n \t\n        4) \t\n              b~~ \t\n              ~ a    \t\n         : &#xC;', why: TABS },
	{ seed: 20260402, reduced: '[^x]:![b](c.png)](d.png)[^x][^x]—Bashkia', why: ORDER },
	{ seed: 20260466, reduced: '[text](https://exampl\ufeff', why: LINKIFY },
	{ seed: 20260521, reduced: '9)   >html\n    >', why: LAZY },
	{ seed: 20260530, reduced: '~[^note]<![CDATA[x]]>[^note](é\n[^note]:\\`', why: ORDER },
	{ seed: 20260558, reduced: 'a.b-c_d@e.f.gh.~~~triple~~~', why: LINKIFY },
	{ seed: 20260578, reduced: 'http://x.org/\\_y\n~ [link](https://x.org)]\n*\n : ftp://files.example.org', why: DEFLIST },
	{ seed: 20260583, reduced: '*\t&AElig; \t\r\n    : &nbsp; \t\r\n   ~   ![](x.png)', why: TABS },
]
