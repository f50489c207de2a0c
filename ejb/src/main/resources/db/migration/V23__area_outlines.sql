-- An area's outline on the map (optional): a GeoJSON Polygon or MultiPolygon geometry, longitude before latitude,
-- as the municipality's GIS exports it.
alter table area add column outline varchar(200000);
