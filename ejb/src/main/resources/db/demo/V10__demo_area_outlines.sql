-- Rough outlines of the demo town's areas (rectangles around Augustów), so that the home page's map has something
-- to show; a real municipality pastes its GIS's geometries on the taxonomy page.
update area set outline = '{"type":"Polygon","coordinates":[[[22.94,53.82],[23.02,53.82],[23.02,53.865],[22.94,53.865],[22.94,53.82]]]}' where id = 1;
update area set outline = '{"type":"Polygon","coordinates":[[[22.97,53.838],[22.99,53.838],[22.99,53.848],[22.97,53.848],[22.97,53.838]]]}' where id = 2;
update area set outline = '{"type":"Polygon","coordinates":[[[22.95,53.848],[22.97,53.848],[22.97,53.86],[22.95,53.86],[22.95,53.848]]]}' where id = 3;
update area set outline = '{"type":"Polygon","coordinates":[[[22.99,53.848],[23.01,53.848],[23.01,53.858],[22.99,53.858],[22.99,53.848]]]}' where id = 4;
update area set outline = '{"type":"Polygon","coordinates":[[[22.95,53.828],[22.97,53.828],[22.97,53.838],[22.95,53.838],[22.95,53.828]]]}' where id = 5;
update area set outline = '{"type":"Polygon","coordinates":[[[22.99,53.828],[23.01,53.828],[23.01,53.838],[22.99,53.838],[22.99,53.828]]]}' where id = 6;
