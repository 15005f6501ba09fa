import {
	boundaryGeometrySchema,
	featureCollectionSchema,
	featureSchema,
	type BoundaryGeometry,
	type ImportOptions
} from '$lib/schemas/geojson';

/**
 * Reading neighbourhood boundaries from a GeoJSON file (pure): each feature becomes a
 * neighbourhood with a name, a code, a slug, a centre for distances, and its boundary
 * for the map. Every problem is reported with the feature's number, in plain words; the
 * route turns the codes into the reader's language.
 */
export type ImportedNeighbourhood = {
	name: string;
	slug: string;
	code: string | null;
	municipality: string;
	latitude: number;
	longitude: number;
	boundary: BoundaryGeometry;
};

export type ImportProblem =
	| { code: 'not_json' }
	| { code: 'not_collection' }
	| { code: 'too_large' }
	| { code: 'not_feature'; feature: number }
	| { code: 'geometry'; feature: number }
	| { code: 'not_wgs84'; feature: number }
	| { code: 'no_name'; feature: number; property: string }
	| { code: 'bad_code'; feature: number }
	| { code: 'duplicate'; feature: number; name: string };

const nameProperties = ['buurtnaam', 'wijknaam', 'name', 'naam', 'statnaam'];
const codeProperties = ['buurtcode', 'wijkcode', 'code', 'statcode'];
/** The database keeps a boundary up to 256 KB; a finer one is for a GIS, not this map. */
const maxBoundaryBytes = 250_000;

export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/g, '');
}

function pick(props: Record<string, unknown>, wanted: string, defaults: string[]) {
	const keys = wanted ? [wanted] : defaults;
	for (const k of keys) {
		const v = props[k];
		if (typeof v === 'string' && v.trim()) return v.trim();
		if (typeof v === 'number') return String(v);
	}
	return null;
}

function inWgs84(geometry: BoundaryGeometry): boolean {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.every((p) =>
		p.every((ring) =>
			ring.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90 && isFinite(x) && isFinite(y))
		)
	);
}

/**
 * The centre of a boundary, for distances: the area-weighted centroid of its outer rings,
 * flat in longitude/latitude (exact enough at neighbourhood scale, and unlike a spherical
 * centroid it does not depend on which way the rings wind, which files get wrong).
 */
export function centreOf(geometry: BoundaryGeometry): { latitude: number; longitude: number } {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let area = 0;
	let cx = 0;
	let cy = 0;
	for (const [outer] of polygons) {
		for (let i = 0; i < outer.length - 1; i++) {
			const [x0, y0] = outer[i];
			const [x1, y1] = outer[i + 1];
			const cross = x0 * y1 - x1 * y0;
			area += cross;
			cx += (x0 + x1) * cross;
			cy += (y0 + y1) * cross;
		}
	}
	if (Math.abs(area) > 1e-12) return { longitude: cx / (3 * area), latitude: cy / (3 * area) };
	// A degenerate ring: the middle of its points.
	const points = polygons.flatMap(([outer]) => outer);
	return {
		longitude: points.reduce((s, p) => s + p[0], 0) / points.length,
		latitude: points.reduce((s, p) => s + p[1], 0) / points.length
	};
}

export function readBoundaries(
	text: string,
	options: ImportOptions
): { neighbourhoods: ImportedNeighbourhood[]; problems: ImportProblem[] } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { neighbourhoods: [], problems: [{ code: 'not_json' }] };
	}
	const collection = featureCollectionSchema.safeParse(json);
	if (!collection.success) {
		const tooMany = collection.error.issues.some((i) => i.code === 'too_big');
		return { neighbourhoods: [], problems: [{ code: tooMany ? 'too_large' : 'not_collection' }] };
	}
	const neighbourhoods: ImportedNeighbourhood[] = [];
	const problems: ImportProblem[] = [];
	const seen = new Set<string>();
	collection.data.features.forEach((raw, i) => {
		const feature = i + 1;
		const f = featureSchema.safeParse(raw);
		if (!f.success) return problems.push({ code: 'not_feature', feature });
		const geometry = boundaryGeometrySchema.safeParse(f.data.geometry);
		if (!geometry.success) return problems.push({ code: 'geometry', feature });
		// The national maps come in RD New (metres) by default: say so instead of drawing nonsense.
		if (!inWgs84(geometry.data)) return problems.push({ code: 'not_wgs84', feature });
		if (JSON.stringify(geometry.data).length > maxBoundaryBytes)
			return problems.push({ code: 'too_large' });
		const props = f.data.properties ?? {};
		const name = pick(props, options.name_property, nameProperties);
		if (!name || name.length > 120)
			return problems.push({
				code: 'no_name',
				feature,
				property: options.name_property || nameProperties.join(', ')
			});
		const code = pick(props, options.code_property, codeProperties);
		if (code !== null && !/^[A-Za-z0-9_-]{1,40}$/.test(code))
			return problems.push({ code: 'bad_code', feature });
		const slug = slugify(name) || `buurt-${feature}`;
		const key = code ?? slug;
		if (seen.has(key)) return problems.push({ code: 'duplicate', feature, name });
		seen.add(key);
		const centre = centreOf(geometry.data);
		neighbourhoods.push({
			name,
			slug,
			code,
			municipality:
				(typeof props.gemeentenaam === 'string' && props.gemeentenaam.trim()) ||
				options.municipality,
			...centre,
			boundary: geometry.data
		});
	});
	return { neighbourhoods, problems };
}
