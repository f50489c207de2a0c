/* Maps of the ideation phase (Leaflet): the ideas with a point, each a keyboard-focusable marker leading to the
   idea; and, in the submission form, a map where a click marks the idea's place into two hidden fields. Without
   scripts, the list of ideas and the "place" text field carry the same information. */
(function () {
    'use strict';

    var base = window.WiecMaps.base;

    function ideasMap() {
        var element = document.getElementById('ideas-map');
        if (!element) {
            return;
        }
        var map = base(element);
        var points = JSON.parse(element.dataset.points || '[]');
        var bounds = [];
        points.forEach(function (point) {
            var marker = L.marker([point.lat, point.lng], { alt: point.title, title: point.title, keyboard: true });
            marker.on('click', function () {
                window.location.href = element.dataset.ideaUrl + point.id;
            });
            marker.addTo(map);
            bounds.push([point.lat, point.lng]);
        });
        if (bounds.length > 0) {
            map.fitBounds(bounds, { maxZoom: 16, padding: [24, 24] });
        }
    }

    function pickMap() {
        var element = document.getElementById('pick-map');
        if (!element) {
            return;
        }
        var latitude = document.getElementById('latitude');
        var longitude = document.getElementById('longitude');
        var map = base(element);
        var marker = null;
        function mark(latlng) {
            if (marker) {
                map.removeLayer(marker);
            }
            marker = L.marker(latlng, { alt: element.dataset.markerAlt, keyboard: true }).addTo(map);
        }
        if (latitude.value && longitude.value) {
            mark([Number(latitude.value), Number(longitude.value)]);
        }
        map.on('click', function (event) {
            latitude.value = event.latlng.lat.toFixed(6);
            longitude.value = event.latlng.lng.toFixed(6);
            mark(event.latlng);
        });
        document.getElementById('clear-point').addEventListener('click', function () {
            latitude.value = '';
            longitude.value = '';
            if (marker) {
                map.removeLayer(marker);
                marker = null;
            }
        });
    }

    if (window.L) {
        window.WiecMaps.useLeafletImages();
        ideasMap();
        pickMap();
    }
}());
