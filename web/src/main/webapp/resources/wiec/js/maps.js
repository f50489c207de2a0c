/* What Wiec's Leaflet maps share: a map on an element, with the tiles, attribution and centre its data attributes name
   (the municipality's settings), and Leaflet's marker images from the webjar it was loaded from. */
window.WiecMaps = (function () {
    'use strict';

    function base(element, options) {
        var centre = (element.dataset.center || '53.8436,22.9799').split(',').map(Number);
        var map = L.map(element, Object.assign({ scrollWheelZoom: false }, options || {})).setView(centre, 13);
        L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
        return map;
    }

    function useLeafletImages() {
        var script = document.querySelector('script[src*="/webjars/leaflet/"]');
        if (script) {
            L.Icon.Default.imagePath = script.src.replace(/leaflet\.js.*$/, 'images/');
        }
    }

    return { base: base, useLeafletImages: useLeafletImages };
}());
