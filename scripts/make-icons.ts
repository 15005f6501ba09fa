/**
 * Draws the app icons in static/icons (the ring of the favicon, white on Kring's green) as
 * PNG files, without an image library: `npx tsx scripts/make-icons.ts`. Run again only when
 * the design changes; the files are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x0f, 0x5e, 0x5a];
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(buf: Buffer): number {
	let c = 0xffffffff;
	for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

/**
 * A square icon: green background (rounded corners unless `full`, which maskable icons need),
 * white ring. `scale` shrinks the ring into the safe zone of a maskable icon.
 */
function icon(size: number, { full = false, scale = 1 } = {}): Buffer {
	const rows: Buffer[] = [];
	const c = size / 2;
	const outer = size * 0.3 * scale;
	const inner = size * 0.18 * scale;
	const corner = full ? 0 : size * 0.18;
	const samples = 4;
	for (let y = 0; y < size; y++) {
		const row = Buffer.alloc(1 + size * 4);
		for (let x = 0; x < size; x++) {
			let bg = 0;
			let ring = 0;
			for (let sy = 0; sy < samples; sy++)
				for (let sx = 0; sx < samples; sx++) {
					const px = x + (sx + 0.5) / samples;
					const py = y + (sy + 0.5) / samples;
					// rounded square
					const dx = Math.max(corner - px, px - (size - corner), 0);
					const dy = Math.max(corner - py, py - (size - corner), 0);
					if (dx * dx + dy * dy <= corner * corner || corner === 0) bg++;
					const d = Math.hypot(px - c, py - c);
					if (d <= outer && d >= inner) ring++;
				}
			const n = samples * samples;
			const a = bg / n;
			const r = ring / n;
			const colour = GREEN.map((g, i) => Math.round(g * (1 - r) + WHITE[i] * r));
			row.set([...colour, Math.round(a * 255)], 1 + x * 4);
		}
		rows.push(row);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

writeFileSync('static/icons/icon-192.png', icon(192));
writeFileSync('static/icons/icon-512.png', icon(512));
writeFileSync('static/icons/maskable-512.png', icon(512, { full: true, scale: 0.8 }));
writeFileSync('static/icons/apple-touch-icon.png', icon(180, { full: true }));
// PNG, not SVG: Chromium renders an SVG icon as a document of its own, a long task on the main
// thread of every page that lists it (45 ms for the favicon, BENCHMARKS.md round 13).
writeFileSync('static/icons/favicon-32.png', icon(32));
