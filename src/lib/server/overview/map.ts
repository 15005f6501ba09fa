import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Figure } from './overview';

/**
 * The neighbourhood map (issue 14 point 3): SVG paths drawn on the server with d3-geo from
 * the boundaries stored with each neighbourhood (shipped with the demo town or imported
 * from a GeoJSON file), so no tile server and nothing fetched at run time. Colour by need
 * uses only published figures (a lower bound where cells are hidden).
 */

export type MapArea = {
	id: string;
	name: string;
	/** The SVG path, or null when the neighbourhood has no boundary. */
	d: string | null;
	labelX: number;
	labelY: number;
	need: Figure;
	/** 0 (no figure to show) to 4 (most need), for the colour and the legend. */
	band: number;
};

export const MAP_WIDTH = 320;
export const MAP_HEIGHT = 240;

function isGeometry(value: unknown): value is Polygon | MultiPolygon {
	if (!value || typeof value !== 'object') return false;
	const g = value as { type?: unknown; coordinates?: unknown };
	return (g.type === 'Polygon' || g.type === 'MultiPolygon') && Array.isArray(g.coordinates);
}

/**
 * d3-geo reads rings on the sphere: an outer ring wound the way GeoJSON (RFC 7946)
 * prescribes would cover the whole earth but this neighbourhood. Turn such rings round.
 */
export function rewind(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const feature: Feature = { type: 'Feature', properties: {}, geometry };
	if (geoArea(feature) <= 2 * Math.PI) return geometry;
	if (geometry.type === 'Polygon')
		return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => [...r].reverse()) };
	return {
		type: 'MultiPolygon',
		coordinates: geometry.coordinates.map((p) => p.map((r) => [...r].reverse()))
	};
}

/** Bands relative to the most shown need, so a small town still has colours. */
export function needBand(bound: number, max: number): number {
	if (bound <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((bound / max) * 4)));
}

export function neighbourhoodMap(
	hoods: { id: string; name: string; boundary: unknown; need: Figure }[]
): { width: number; height: number; areas: MapArea[] } {
	const drawn = hoods
		.filter((h) => isGeometry(h.boundary))
		.map((h) => ({
			type: 'Feature' as const,
			id: h.id,
			properties: {},
			geometry: rewind(h.boundary as Polygon | MultiPolygon)
		}));
	const max = Math.max(0, ...hoods.map((h) => h.need.bound));
	let path: ReturnType<typeof geoPath> | null = null;
	if (drawn.length) {
		const all: FeatureCollection = { type: 'FeatureCollection', features: drawn };
		const projection = geoMercator().fitExtent(
			[
				[4, 4],
				[MAP_WIDTH - 4, MAP_HEIGHT - 4]
			],
			all
		);
		path = geoPath(projection);
	}
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		areas: hoods.map((h) => {
			const feature = drawn.find((f) => f.id === h.id);
			const d = feature && path ? path(feature as GeoPermissibleObjects) : null;
			const [labelX, labelY] = feature && path ? path.centroid(feature) : [0, 0];
			return {
				id: h.id,
				name: h.name,
				d: d ?? null,
				labelX: Math.round(labelX * 10) / 10,
				labelY: Math.round(labelY * 10) / 10,
				need: h.need,
				band: needBand(h.need.bound, max)
			};
		})
	};
}
