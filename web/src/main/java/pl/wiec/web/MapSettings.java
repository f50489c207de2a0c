package pl.wiec.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code #{mapSettings}}: where the maps' tiles come from (an on-premises installation points this at its own tile
 * server), their attribution, and the centre a map opens at.
 */
@Named
@ApplicationScoped
public class MapSettings {

    @Inject
    @ConfigProperty(name = "wiec.map.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    @Inject
    @ConfigProperty(name = "wiec.map.attribution", defaultValue = "© OpenStreetMap contributors")
    String attribution;

    @Inject
    @ConfigProperty(name = "wiec.map.center", defaultValue = "53.8436,22.9799")
    String center;

    public String getTileUrl() {
        return tileUrl;
    }

    public String getAttribution() {
        return attribution;
    }

    public String getCenter() {
        return center;
    }
}
