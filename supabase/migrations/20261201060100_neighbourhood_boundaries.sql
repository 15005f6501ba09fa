-- Neighbourhood boundaries for the workers' map (issue 14 points 3 and 8): a GeoJSON
-- Polygon or MultiPolygon geometry (WGS84 longitude/latitude), as in the national
-- district and neighbourhood maps (CBS wijk- en buurtkaart), and that map's code so an
-- import can find the row again. Both optional: a neighbourhood without a boundary is
-- listed in the table beside the map, just not drawn.

alter table public.neighbourhoods
  add column boundary jsonb
    check (boundary is null or (
      jsonb_typeof(boundary) = 'object'
      and boundary ->> 'type' in ('Polygon', 'MultiPolygon')
      and jsonb_typeof(boundary -> 'coordinates') = 'array'
      and pg_column_size(boundary) <= 262144)),
  add column code text
    check (code is null or code ~ '^[A-Za-z0-9_-]{1,40}$');

create unique index neighbourhoods_code_idx on public.neighbourhoods (code) where code is not null;

comment on column public.neighbourhoods.boundary is 'GeoJSON geometry (Polygon or MultiPolygon, longitude/latitude) of the neighbourhood, for the map; null when not known.';
comment on column public.neighbourhoods.code is 'Code in an imported boundary file (for example CBS BU04840101), so a later import updates this row; null when made by hand.';
