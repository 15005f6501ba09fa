import { z } from 'zod';

/**
 * A GeoJSON FeatureCollection of neighbourhood boundaries (RFC 7946), as the national
 * district and neighbourhood map (CBS wijk- en buurtkaart) gives them when exported in
 * longitude/latitude (WGS84, EPSG:4326). Only what the import needs is checked strictly.
 */
const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position).min(4);
const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygon = z.object({
	type: z.literal('MultiPolygon'),
	coordinates: z.array(z.array(ring).min(1)).min(1)
});

export const boundaryGeometrySchema = z.discriminatedUnion('type', [polygon, multiPolygon]);
export type BoundaryGeometry = z.infer<typeof boundaryGeometrySchema>;

export const featureSchema = z.object({
	type: z.literal('Feature'),
	geometry: z.unknown(),
	properties: z.record(z.string(), z.unknown()).nullable().default({})
});

export const featureCollectionSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(z.unknown()).min(1).max(2000)
});

/** The import form's choices besides the file. */
export const importOptionsSchema = z.object({
	/** Which property holds the name; empty: the first of buurtnaam, wijknaam, name, naam. */
	name_property: z.string().trim().max(60).default(''),
	/** Which property holds the code; empty: the first of buurtcode, wijkcode, code. */
	code_property: z.string().trim().max(60).default(''),
	/** The municipality when the file does not say (property gemeentenaam). */
	municipality: z.string().trim().min(1).max(120)
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

/** Which neighbourhoods a worker covers, as the admin ticks them. */
export const workerAreaSchema = z.object({
	worker: z.uuid(),
	neighbourhoods: z.array(z.uuid()).max(500)
});
