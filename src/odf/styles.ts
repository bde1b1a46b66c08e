/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * styles.xml: the named styles a LibreOffice user sees in the Styles sidebar
 * and may restyle, the outline and list styles, and the page with its header
 * and footer. content.xml only refers to these names (and adds automatic
 * styles of its own), so all the look of a document lives here.
 */

import type { Labels } from './labels'
import { languageAttributes } from './language'
import { ODF_VERSION, XML_DECL, xmlns } from './namespaces'
import { paragraphText } from './xml'

/** Style names used in content.xml; encoded names as ODF spells them (part 3 §19.469). */
export const ParagraphStyle = {
	body: 'Text_20_body',
	title: 'Title',
	subtitle: 'Subtitle',
	quotations: 'Quotations',
	list: 'List',
	tableContents: 'Table_20_Contents',
	tableHeading: 'Table_20_Heading',
	footnote: 'Footnote',
	definitionTerm: 'Definition_20_Term',
	definitionDescription: 'Definition_20_Description',
	attachmentsHeading: 'Attachments_20_Heading',
	attachment: 'Attachment',
	signature: 'Signature',
	signatureLine: 'Signature_20_Line',
} as const

export const TextStyle = {
	bold: 'Strong_20_Emphasis',
	italic: 'Emphasis',
	underline: 'Underline',
	strike: 'Strikethrough',
	code: 'Source_20_Text',
	link: 'Internet_20_link',
	visitedLink: 'Visited_20_Internet_20_Link',
} as const

export const ListStyle = {
	bullet: 'List_20_Bullet',
	numbered: 'Numbering_20_123',
} as const

export function headingStyle(level: number): string {
	return `Heading_20_${level}`
}

export interface StylesInput {
	title: string
	language: string
	final: boolean
	labels: Labels
}

const BULLETS = ['•', '◦', '▪']

function paragraphStyle(name: string, display: string, parent: string | null, paragraph: string, text: string, extra = ''): string {
	const parentAttr = parent === null ? '' : ` style:parent-style-name="${parent}"`
	const displayAttr = display === name ? '' : ` style:display-name="${display}"`
	return `<style:style style:name="${name}"${displayAttr} style:family="paragraph"${parentAttr}${extra}>`
		+ (paragraph === '' ? '' : `<style:paragraph-properties${paragraph}/>`)
		+ (text === '' ? '' : `<style:text-properties${text}/>`)
		+ '</style:style>'
}

function textStyle(name: string, display: string, text: string): string {
	const displayAttr = display === name ? '' : ` style:display-name="${display}"`
	return `<style:style style:name="${name}"${displayAttr} style:family="text"><style:text-properties${text}/></style:style>`
}

/** Label-alignment list geometry (part 3 §19.880 text:list-level-position-and-space-mode). */
function listLevelGeometry(level: number): string {
	const indent = (0.635 * (level + 1)).toFixed(3)
	return '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
		+ `<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${indent}cm" fo:text-indent="-0.635cm" fo:margin-left="${indent}cm"/>`
		+ '</style:list-level-properties>'
}

function listStyles(): string {
	let bullet = `<text:list-style style:name="${ListStyle.bullet}" style:display-name="List Bullet">`
	let numbered = `<text:list-style style:name="${ListStyle.numbered}" style:display-name="Numbering 123">`
	// ODF lists have ten levels (part 3 §19.881 text:level, 1–10).
	for (let level = 1; level <= 10; level++) {
		const geometry = listLevelGeometry(level)
		bullet += `<text:list-level-style-bullet text:level="${level}" text:bullet-char="${BULLETS[(level - 1) % 3]}">${geometry}</text:list-level-style-bullet>`
		numbered += `<text:list-level-style-number text:level="${level}" style:num-suffix="." style:num-format="1">${geometry}</text:list-level-style-number>`
	}
	return bullet + '</text:list-style>' + numbered + '</text:list-style>'
}

function outlineStyle(): string {
	// Headings are outline levels without numbers (part 3 §16.36); a user can
	// switch on chapter numbering in LibreOffice with this one style.
	let xml = '<text:outline-style style:name="Outline">'
	for (let level = 1; level <= 10; level++) {
		xml += `<text:outline-level-style text:level="${level}" style:num-format=""/>`
	}
	return xml + '</text:outline-style>'
}

function namedStyles(language: string): string {
	const lang = languageAttributes(language)
	const serif = ' style:font-name="Liberation Serif"'
	const sans = ' style:font-name="Liberation Sans"'
	const keep = ' fo:keep-with-next="always"'
	return '<office:styles>'
		+ '<style:default-style style:family="paragraph">'
		+ '<style:paragraph-properties style:tab-stop-distance="1.25cm" style:writing-mode="page"/>'
		+ `<style:text-properties${serif} fo:font-size="11pt"${lang} fo:hyphenate="false"/>`
		+ '</style:default-style>'
		+ '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>'
		+ paragraphStyle('Standard', 'Standard', null, '', '', ' style:class="text"')
		+ paragraphStyle('Heading', 'Heading', 'Standard', ` fo:margin-top="0.423cm" fo:margin-bottom="0.212cm"${keep}`, `${sans} fo:font-size="14pt"`, ` style:next-style-name="${ParagraphStyle.body}" style:class="text"`)
		+ paragraphStyle(ParagraphStyle.body, 'Text body', 'Standard', ' fo:margin-top="0cm" fo:margin-bottom="0.247cm" fo:line-height="115%"', '', ' style:class="text"')
		+ paragraphStyle(ParagraphStyle.title, 'Title', 'Heading', ' fo:text-align="center"', ' fo:font-size="24pt" fo:font-weight="bold"', ` style:next-style-name="${ParagraphStyle.subtitle}" style:class="chapter"`)
		+ paragraphStyle(ParagraphStyle.subtitle, 'Subtitle', 'Heading', ' fo:margin-top="0.106cm" fo:text-align="center"', ' fo:font-size="14pt"', ` style:next-style-name="${ParagraphStyle.body}" style:class="chapter"`)
		+ [1, 2, 3].map((level) => paragraphStyle(
			headingStyle(level), `Heading ${level}`, 'Heading', '',
			` fo:font-size="${[18, 15, 13][level - 1]}pt" fo:font-weight="bold"`,
			` style:next-style-name="${ParagraphStyle.body}" style:default-outline-level="${level}" style:class="text"`,
		)).join('')
		+ paragraphStyle(ParagraphStyle.quotations, 'Quotations', 'Standard', ' fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-top="0cm" fo:margin-bottom="0.282cm"', ' fo:font-style="italic"', ' style:class="html"')
		+ paragraphStyle(ParagraphStyle.list, 'List', ParagraphStyle.body, '', '', ' style:class="list"')
		+ paragraphStyle(ParagraphStyle.tableContents, 'Table Contents', 'Standard', ' fo:margin-top="0cm" fo:margin-bottom="0.1cm"', '', ' style:class="extra"')
		+ paragraphStyle(ParagraphStyle.tableHeading, 'Table Heading', ParagraphStyle.tableContents, ' fo:text-align="center"', ' fo:font-weight="bold"', ' style:class="extra"')
		+ paragraphStyle(ParagraphStyle.footnote, 'Footnote', 'Standard', ' fo:margin-left="0.6cm" fo:text-indent="-0.6cm"', ' fo:font-size="9pt"', ' style:class="extra"')
		+ paragraphStyle(ParagraphStyle.definitionTerm, 'Definition Term', ParagraphStyle.body, ` fo:margin-bottom="0.1cm"${keep}`, ' fo:font-weight="bold"', ' style:class="list"')
		+ paragraphStyle(ParagraphStyle.definitionDescription, 'Definition Description', ParagraphStyle.body, ' fo:margin-left="1cm"', '', ' style:class="list"')
		+ paragraphStyle(ParagraphStyle.attachmentsHeading, 'Attachments Heading', 'Heading', '', ' fo:font-size="13pt" fo:font-weight="bold"', ` style:next-style-name="${ParagraphStyle.attachment}" style:class="extra"`)
		+ paragraphStyle(ParagraphStyle.attachment, 'Attachment', ParagraphStyle.body, ' fo:margin-bottom="0.1cm"', '', ' style:class="extra"')
		+ paragraphStyle(ParagraphStyle.signature, 'Signature', 'Standard', ' fo:margin-top="0cm" fo:margin-bottom="0cm"', '', ' style:class="extra"')
		+ paragraphStyle(ParagraphStyle.signatureLine, 'Signature Line', ParagraphStyle.signature, ' fo:margin-top="1.2cm"', '', ' style:class="extra"')
		// The header carries the title left and the draft mark at a right tab stop.
		+ '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
		+ '<style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties>'
		+ '<style:text-properties fo:font-size="9pt"/></style:style>'
		+ paragraphStyle('Footer', 'Footer', 'Standard', ' fo:text-align="center"', ' fo:font-size="9pt"', ' style:class="extra"')
		+ textStyle(TextStyle.bold, 'Strong Emphasis', ' fo:font-weight="bold"')
		+ textStyle(TextStyle.italic, 'Emphasis', ' fo:font-style="italic"')
		+ textStyle(TextStyle.underline, 'Underline', ' style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"')
		+ textStyle(TextStyle.strike, 'Strikethrough', ' style:text-line-through-style="solid" style:text-line-through-type="single"')
		+ textStyle(TextStyle.code, 'Source Text', ' style:font-name="Liberation Mono" fo:font-size="10pt"')
		+ textStyle(TextStyle.link, 'Internet link', ' fo:color="#000080" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"')
		+ textStyle(TextStyle.visitedLink, 'Visited Internet Link', ' fo:color="#800000" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"')
		+ textStyle('Footnote_20_Symbol', 'Footnote Symbol', ' style:text-position="super 58%"')
		+ textStyle('Footnote_20_anchor', 'Footnote Characters', ' style:text-position="super 58%"')
		+ textStyle('Draft_20_Mark', 'Draft Mark', ' fo:font-weight="bold" fo:color="#c9211e"')
		+ outlineStyle()
		+ listStyles()
		+ '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>'
		+ '</office:styles>'
}

function fontFaces(): string {
	return '<office:font-face-decls>'
		+ '<style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'" style:font-family-generic="roman" style:font-pitch="variable"/>'
		+ '<style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'" style:font-family-generic="swiss" style:font-pitch="variable"/>'
		+ '<style:font-face style:name="Liberation Mono" svg:font-family="\'Liberation Mono\'" style:font-family-generic="modern" style:font-pitch="fixed"/>'
		+ '</office:font-face-decls>'
}

/** "Page %n of %m" with the two placeholders as page fields (part 3 §7.3.5, §7.5.18.6). */
function pageFooter(template: string): string {
	const state = { space: false }
	let xml = ''
	for (const part of template.split(/(%n|%m)/)) {
		if (part === '%n') xml += '<text:page-number text:select-page="current">1</text:page-number>'
		else if (part === '%m') xml += '<text:page-count>1</text:page-count>'
		else xml += paragraphText(part, state)
		// A field is not white space: a space right after it is kept as is.
		if (part === '%n' || part === '%m') state.space = false
	}
	return xml
}

export function stylesXml(input: StylesInput): string {
	const header = paragraphText(input.title, { space: true })
		+ (input.final ? '' : `<text:tab/><text:span text:style-name="Draft_20_Mark">${paragraphText(input.labels.draft, { space: true })}</text:span>`)
	return XML_DECL
		+ `<office:document-styles${xmlns('office', 'style', 'text', 'table', 'fo', 'svg', 'xlink')} office:version="${ODF_VERSION}">`
		+ fontFaces()
		+ namedStyles(input.language)
		+ '<office:automatic-styles>'
		+ '<style:page-layout style:name="pm1">'
		+ '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb"/>'
		+ '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>'
		+ '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>'
		+ '</style:page-layout>'
		+ '</office:automatic-styles>'
		+ '<office:master-styles>'
		+ '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
		+ `<style:header><text:p text:style-name="Header">${header}</text:p></style:header>`
		+ `<style:footer><text:p text:style-name="Footer">${pageFooter(input.labels.page)}</text:p></style:footer>`
		+ '</style:master-page>'
		+ '</office:master-styles>'
		+ '</office:document-styles>'
}
