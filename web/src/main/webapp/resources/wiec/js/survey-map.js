/* Maps of surveys (Leaflet). A map question: a click marks the point into the question's two coordinate fields, and so
   does "mark the map's centre" for those who move the map with the keyboard (arrows, + and -); the fields can also be
   typed in, and the marker follows them. The results' map: every point answered, as circles. Without scripts the
   coordinate fields and the results' table carry the same information. */
(function () {
    'use strict';

    function base(element) {
        var centre = (element.dataset.center || '53.8436,22.9799').split(',').map(Number);
        var map = L.map(element, { scrollWheelZoom: false, keyboard: true }).setView(centre, 13);
        L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
        return map;
    }

    function leafletImages() {
        var script = document.querySelector('script[src*="/webjars/leaflet/"]');
        if (script) {
            L.Icon.Default.imagePath = script.src.replace(/leaflet\.js.*$/, 'images/');
        }
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

    function results(element) {
        var map = base(element);
        var points = JSON.parse(element.dataset.points || '[]');
        var bounds = [];
        points.forEach(function (point) {
            L.circleMarker([point[0], point[1]], { radius: 6, weight: 1, color: '#0b4f8a', fillOpacity: 0.6 })
                .addTo(map);
            bounds.push([point[0], point[1]]);
        });
        if (bounds.length > 0) {
            map.fitBounds(bounds, { maxZoom: 16, padding: [24, 24] });
        }
    }

    if (window.L) {
        leafletImages();
        Array.prototype.forEach.call(document.querySelectorAll('.survey-map'), question);
        Array.prototype.forEach.call(document.querySelectorAll('.survey-results-map'), results);
    }
}());
