/* The home page's map (Leaflet): the municipality's areas with an outline, each with the listed projects that
   concern it in a popup of links. The cards below the map say the same without it. */
(function () {
    'use strict';

    function text(tag, content) {
        var element = document.createElement(tag);
        element.textContent = content;
        return element;
    }

    function popup(area, none) {
        var box = document.createElement('div');
        box.appendChild(text('strong', area.name));
        if (area.projects.length === 0) {
            box.appendChild(text('p', none));
            return box;
        }
        var list = document.createElement('ul');
        area.projects.forEach(function (project) {
            var item = document.createElement('li');
            var link = text('a', project.title);
            link.href = project.url;
            item.appendChild(link);
            list.appendChild(item);
        });
        box.appendChild(list);
        return box;
    }

    function projectsMap() {
        var element = document.getElementById('projects-map');
        if (!element || typeof L === 'undefined') {
            return;
        }
        var centre = (element.dataset.center || '53.8436,22.9799').split(',').map(Number);
        var map = L.map(element, { scrollWheelZoom: false }).setView(centre, 13);
        L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
        var areas = JSON.parse(element.dataset.areas || '[]');
        var bounds = null;
        areas.forEach(function (area) {
            var layer = L.geoJSON(area.geometry, {
                style: { color: '#1d4f91', weight: 2, fillOpacity: area.projects.length ? 0.25 : 0.05 }
            });
            layer.bindPopup(popup(area, element.dataset.none));
            // Leaflet takes a string as HTML: the name goes in as a text node, whatever an area is called
            layer.bindTooltip(text('span', area.name));
            layer.addTo(map);
            bounds = bounds ? bounds.extend(layer.getBounds()) : layer.getBounds();
        });
        if (bounds && bounds.isValid()) {
            map.fitBounds(bounds, { padding: [16, 16] });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', projectsMap);
    } else {
        projectsMap();
    }
}());
