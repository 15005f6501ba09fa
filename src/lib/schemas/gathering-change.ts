import { z } from 'zod';
import { gatheringSchema } from './gathering';

/**
 * Changing a planned gathering: its date, time, length, place, capacity and title, for
 * this date only or also for the later dates of its series. Date and time are local
 * (Europe/Amsterdam), as when planning.
 */
export const gatheringChangeSchema = gatheringSchema
	.pick({
		title: true,
		title_en: true,
		date: true,
		time: true,
		duration_minutes: true,
		location_name: true,
		address: true,
		room: true,
		online_url: true,
		capacity: true
	})
	.extend({
		/** This date only, or also the later dates of its series ("from this date on"). */
		scope: z.enum(['one', 'later']).default('one')
	});
export type GatheringChangeInput = z.infer<typeof gatheringChangeSchema>;

/** The fields that say when and where a gathering is, shared by planning and changing. */
export type GatheringWhenWhereInput = Pick<
	GatheringChangeInput,
	| 'date'
	| 'time'
	| 'duration_minutes'
	| 'location_name'
	| 'address'
	| 'room'
	| 'online_url'
	| 'capacity'
>;
