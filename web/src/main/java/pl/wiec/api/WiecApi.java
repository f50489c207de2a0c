package pl.wiec.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** Wiec's public REST API under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Wiec API", version = "1", description = "Public, read-only data of the municipality's participation platform.", license = @License(name = "Open data", url = "https://dane.gov.pl/")))
public class WiecApi extends Application {
}
