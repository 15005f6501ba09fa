import { describe, expect, it } from 'vitest';
import { centreOf, readBoundaries, slugify } from './import';

const square = (x: number, y: number, d = 0.01) => [
	[
		[x, y],
		[x + d, y],
		[x + d, y + d],
		[x, y + d],
		[x, y]
	]
];
const options = { name_property: '', code_property: '', municipality: 'Alphen aan den Rijn' };
const cbs = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (props: Record<string, unknown>, coordinates: unknown = square(4.65, 52.12)) => ({
	type: 'Feature',
	properties: props,
	geometry: { type: 'Polygon', coordinates }
});

describe('readBoundaries', () => {
	it('reads the CBS wijk- en buurtkaart format (buurtnaam, buurtcode, gemeentenaam)', () => {
		const { neighbourhoods, problems } = readBoundaries(
			cbs([
				feature({
					buurtcode: 'BU04840101',
					buurtnaam: 'Oude Dorp',
					gemeentenaam: 'Alphen aan den Rijn'
				}),
				{
					type: 'Feature',
					properties: { buurtcode: 'BU04840102', buurtnaam: 'Hoorn-Zuid' },
					geometry: { type: 'MultiPolygon', coordinates: [square(4.7, 52.1), square(4.72, 52.1)] }
				}
			]),
			options
		);
		expect(problems).toEqual([]);
		expect(neighbourhoods.map((n) => [n.name, n.slug, n.code])).toEqual([
			['Oude Dorp', 'oude-dorp', 'BU04840101'],
			['Hoorn-Zuid', 'hoorn-zuid', 'BU04840102']
		]);
		expect(neighbourhoods[0].latitude).toBeCloseTo(52.125, 5);
		expect(neighbourhoods[0].longitude).toBeCloseTo(4.655, 5);
		expect(neighbourhoods[1].municipality).toBe('Alphen aan den Rijn');
	});

	it('uses the property the admin names', () => {
		const { neighbourhoods } = readBoundaries(cbs([feature({ label: 'Zegersloot', id: 7 })]), {
			...options,
			name_property: 'label',
			code_property: 'id'
		});
		expect(neighbourhoods[0]).toMatchObject({ name: 'Zegersloot', code: '7' });
	});

	it('says clearly what is wrong, per feature', () => {
		expect(readBoundaries('{nope', options).problems).toEqual([{ code: 'not_json' }]);
		expect(readBoundaries('{"type":"Feature"}', options).problems).toEqual([
			{ code: 'not_collection' }
		]);
		const { neighbourhoods, problems } = readBoundaries(
			cbs([
				feature({ buurtnaam: 'Goed' }),
				feature({ buurtnaam: 'RD New' }, square(98000, 460000, 100)),
				feature({ other: 'x' }),
				{
					type: 'Feature',
					properties: { buurtnaam: 'Punt' },
					geometry: { type: 'Point', coordinates: [4, 52] }
				},
				feature({ buurtnaam: 'Goed' }),
				'not a feature',
				feature({ buurtnaam: 'Code', buurtcode: 'BU 01; drop' })
			]),
			options
		);
		expect(neighbourhoods.map((n) => n.name)).toEqual(['Goed']);
		expect(problems).toEqual([
			{ code: 'not_wgs84', feature: 2 },
			{ code: 'no_name', feature: 3, property: 'buurtnaam, wijknaam, name, naam, statnaam' },
			{ code: 'geometry', feature: 4 },
			{ code: 'duplicate', feature: 5, name: 'Goed' },
			{ code: 'not_feature', feature: 6 },
			{ code: 'bad_code', feature: 7 }
		]);
	});

	it('makes URL-safe slugs and finds a centre whichever way the rings wind', () => {
		expect(slugify("Kerk en Zanen – 's-Gravenweg")).toBe('kerk-en-zanen-s-gravenweg');
		const ring = square(4, 52, 2)[0];
		const a = centreOf({ type: 'Polygon', coordinates: [ring as [number, number][]] });
		const b = centreOf({
			type: 'Polygon',
			coordinates: [[...ring].reverse() as [number, number][]]
		});
		expect(a).toEqual({ longitude: 5, latitude: 53 });
		expect(b.longitude).toBeCloseTo(5, 9);
		expect(b.latitude).toBeCloseTo(53, 9);
	});
});
