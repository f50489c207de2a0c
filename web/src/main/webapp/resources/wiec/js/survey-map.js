/* Maps of surveys (Leaflet). A map question: a click marks the point into the question's two coordinate fields, and so
   does "mark the map's centre" for those who move the map with the keyboard (arrows, + and -); the fields can also be
   typed in, and the marker follows them. The results' map: every point answered, as circles. Without scripts the
   coordinate fields and the results' table carry the same information. */
(function () {
    'use strict';

    function base(element) {
        return window.WiecMaps.base(element, { keyboard: true });
    }

    /* A keyed paper form's point: one field of "latitude longitude", which a click on the map fills. */
    function entry(element) {
        var field = document.getElementById(element.dataset.point);
        var map = base(element);
        var marker = null;
        function show() {
            var parts = String(field.value).trim().replace(/;/g, ' ').split(/\s+|,\s+/);
            if (marker) {
                map.removeLayer(marker);
                marker = null;
            }
            if (parts.length === 2) {
                var lat = Number(parts[0].replace(',', '.'));
                var lng = Number(parts[1].replace(',', '.'));
                if (!isNaN(lat) && !isNaN(lng)) {
                    marker = L.marker([lat, lng], { alt: element.dataset.markerAlt, keyboard: false }).addTo(map);
                }
            }
        }
        map.on('click', function (event) {
            field.value = event.latlng.lat.toFixed(6) + ' ' + event.latlng.lng.toFixed(6);
            show();
        });
        field.addEventListener('change', show);
        show();
    }

    function question(element) {
        var latitude = document.getElementById(element.dataset.lat);
        var longitude = document.getElementById(element.dataset.lng);
        var map = base(element);
        var marker = null;
        function show() {
            var lat = Number(String(latitude.value).replace(',', '.'));
            var lng = Number(String(longitude.value).replace(',', '.'));
            if (marker) {
                map.removeLayer(marker);
                marker = null;
            }
            if (latitude.value && longitude.value && !isNaN(lat) && !isNaN(lng)) {
                marker = L.marker([lat, lng], { alt: element.dataset.markerAlt, keyboard: false }).addTo(map);
                return true;
            }
            return false;
        }
        function mark(latlng) {
            latitude.value = latlng.lat.toFixed(6);
            longitude.value = latlng.lng.toFixed(6);
            show();
        }
        if (show()) {
            map.setView(marker.getLatLng(), 15);
        }
        map.on('click', function (event) {
            mark(event.latlng);
        });
        latitude.addEventListener('change', show);
        longitude.addEventListener('change', show);
        document.querySelector('.survey-map__centre[data-map="' + element.id + '"]').addEventListener('click',
            function () {
                mark(map.getCenter());
            });
        document.querySelector('.survey-map__clear[data-map="' + element.id + '"]').addEventListener('click',
            function () {
                latitude.value = '';
                longitude.value = '';
                show();
            });
    }

    /* A line or an area: the field holds its points ("lat lng,lat lng,...", or typed with decimal commas between
       semicolons: "53,84 22,98; 53,85 22,99"); a click, or "add the map's centre", adds one; undo takes the last
       away. */
    function shape(element) {
        var field = document.getElementById(element.dataset.shape);
        var area = element.dataset.area === 'true';
        var map = base(element);
        var drawn = null;
        function points() {
            var text = String(field.value).trim();
            if (!text) {
                return [];
            }
            var semicolons = text.indexOf(';') >= 0;
            return text.split(semicolons ? /\s*;\s*/ : /\s*,\s*/).map(function (point) {
                var parts = (semicolons ? point.replace(/,/g, '.') : point).trim().split(/\s+/).map(Number);
                return parts.length === 2 && !isNaN(parts[0]) && !isNaN(parts[1]) ? parts : null;
            }).filter(function (point) {
                return point !== null;
            });
        }
        function write(list) {
            field.value = list.map(function (point) {
                return point[0].toFixed(6) + ' ' + point[1].toFixed(6);
            }).join(',');
            show();
        }
        function show() {
            if (drawn) {
                map.removeLayer(drawn);
                drawn = null;
            }
            var list = points();
            if (list.length > 0) {
                drawn = (area && list.length > 2 ? L.polygon(list) : L.polyline(list)).addTo(map);
            }
            return list;
        }
        var initial = show();
        if (initial.length > 0) {
            map.fitBounds(initial, { maxZoom: 16, padding: [24, 24] });
        }
        map.on('click', function (event) {
            write(points().concat([[event.latlng.lat, event.latlng.lng]]));
        });
        field.addEventListener('change', show);
        document.querySelector('.survey-map__centre[data-map="' + element.id + '"]').addEventListener('click',
            function () {
                var centre = map.getCenter();
                write(points().concat([[centre.lat, centre.lng]]));
            });
        document.querySelector('.survey-map__undo[data-map="' + element.id + '"]').addEventListener('click',
            function () {
                write(points().slice(0, -1));
            });
        document.querySelector('.survey-map__clear[data-map="' + element.id + '"]').addEventListener('click',
            function () {
                write([]);
            });
    }

    function results(element) {
        var map = base(element);
        var points = JSON.parse(element.dataset.points || '[]');
        var bounds = [];
        points.forEach(function (point) {
            L.circleMarker([point[0], point[1]], { radius: 6, weight: 1, color: '#0b4f8a', fillOpacity: 0.6 })
                .addTo(map);
            bounds.push([point[0], point[1]]);
        });
        JSON.parse(element.dataset.shapes || '[]').forEach(function (drawn) {
            var options = { weight: 2, color: '#0b4f8a', opacity: 0.6, fillOpacity: 0.15 };
            (element.dataset.area === 'true' ? L.polygon(drawn, options) : L.polyline(drawn, options)).addTo(map);
            drawn.forEach(function (point) {
                bounds.push(point);
            });
        });
        if (bounds.length > 0) {
            map.fitBounds(bounds, { maxZoom: 16, padding: [24, 24] });
        }
    }

    /* Writing in the line beside "other" chooses "other". */
    Array.prototype.forEach.call(document.querySelectorAll('.survey-other input[data-option]'), function (field) {
        field.addEventListener('input', function () {
            var option = document.getElementById(field.dataset.option);
            if (option && field.value.trim() !== '') {
                option.checked = true;
            }
        });
    });

    if (window.L) {
        window.WiecMaps.useLeafletImages();
        Array.prototype.forEach.call(document.querySelectorAll('.survey-map'), function (element) {
            (element.dataset.point ? entry : element.dataset.shape ? shape : question)(element);
        });
        Array.prototype.forEach.call(document.querySelectorAll('.survey-results-map'), results);
    }
}());
