/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The zip container of an ODF package (ODF 1.3 part 2 §3 uses the zip
 * format of PKWARE's APPNOTE.TXT): local headers with the data, then the
 * central directory. Written here rather than by fflate's zipSync so the
 * compressor can be passed in: the browser uses fflate's pure JavaScript
 * deflate (codec.ts), the command line Node's native zlib, which is several
 * times faster, with the same container around either.
 */

/** Raw DEFLATE (RFC 1951) and CRC-32, as zip entries need them. */
export interface ZipCodec {
	deflateRaw(data: Uint8Array, level: number): Uint8Array
	crc32(data: Uint8Array): number
}

let crcTable: Int32Array | null = null

/** CRC-32 (ISO 3309, polynomial 0xEDB88320), as zip stores it. */
export function crc32(data: Uint8Array): number {
	if (crcTable === null) {
		crcTable = new Int32Array(256)
		for (let n = 0; n < 256; n++) {
			let c = n
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
			crcTable[n] = c
		}
	}
	const table = crcTable
	let crc = -1
	for (let i = 0; i < data.length; i++) crc = (table[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8)
	return (crc ^ -1) >>> 0
}

export interface ZipEntry {
	/** ASCII path inside the package. */
	path: string
	data: Uint8Array
	/** 0 stores the entry, 1–9 deflates it at that level. */
	level: number
}

/** MS-DOS date and time (APPNOTE 4.4.6), in local time as other zip tools write it; 2-second steps. */
function dosDateTime(date: Date): { time: number, date: number } {
	return {
		time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
		date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
	}
}

const LOCAL_HEADER = 30
const CENTRAL_HEADER = 46
const END_OF_CENTRAL_DIRECTORY = 22
/** Version 2.0: deflate (APPNOTE 4.4.3). */
const VERSION = 20

/**
 * One zip file from the entries, in their order, with no extra fields, so
 * an entry's data starts right after its name (the "mimetype" entry's at
 * byte 38, part 2 §3.3). Zip64 is not needed: a document body is limited
 * to a few megabytes.
 */
export function zip(entries: ZipEntry[], mtime: Date, codec: ZipCodec): Uint8Array {
	const { time, date } = dosDateTime(mtime)
	const written = entries.map((entry) => {
		const name = new TextEncoder().encode(entry.path)
		const stored = entry.level === 0
		return {
			name,
			method: stored ? 0 : 8,
			crc: codec.crc32(entry.data),
			size: entry.data.length,
			data: stored ? entry.data : codec.deflateRaw(entry.data, entry.level),
			offset: 0,
		}
	})
	let length = END_OF_CENTRAL_DIRECTORY
	for (const entry of written) length += LOCAL_HEADER + CENTRAL_HEADER + 2 * entry.name.length + entry.data.length
	const out = new Uint8Array(length)
	const view = new DataView(out.buffer)
	let at = 0

	/** The fields local and central headers share, from "version needed" to the name length (APPNOTE 4.3.7, 4.3.12). */
	const common = (entry: (typeof written)[number]): void => {
		view.setUint16(at, VERSION, true)
		view.setUint16(at + 2, 0, true) // flags
		view.setUint16(at + 4, entry.method, true)
		view.setUint16(at + 6, time, true)
		view.setUint16(at + 8, date, true)
		view.setUint32(at + 10, entry.crc, true)
		view.setUint32(at + 14, entry.data.length, true)
		view.setUint32(at + 18, entry.size, true)
		view.setUint16(at + 22, entry.name.length, true)
		view.setUint16(at + 24, 0, true) // extra field length
		at += 26
	}

	for (const entry of written) {
		entry.offset = at
		view.setUint32(at, 0x04034b50, true)
		at += 4
		common(entry)
		out.set(entry.name, at)
		at += entry.name.length
		out.set(entry.data, at)
		at += entry.data.length
	}
	const centralStart = at
	for (const entry of written) {
		view.setUint32(at, 0x02014b50, true)
		view.setUint16(at + 4, VERSION, true) // made by: MS-DOS attributes, version 2.0
		at += 6
		common(entry)
		// comment length, disk number, internal and external attributes: all 0
		at += 10
		view.setUint32(at, entry.offset, true)
		at += 4
		out.set(entry.name, at)
		at += entry.name.length
	}
	view.setUint32(at, 0x06054b50, true)
	view.setUint16(at + 8, written.length, true)
	view.setUint16(at + 10, written.length, true)
	view.setUint32(at + 12, at - centralStart, true)
	view.setUint32(at + 16, centralStart, true)
	return out
}
