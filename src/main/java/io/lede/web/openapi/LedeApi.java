package io.lede.web.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The spec's top level; the operations come from the annotated resources. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Lede API",
                        version = "1.0.0",
                        description = "A headless newsroom content API. Public reads need no credentials; staff"
                                + " operations under /api/v1/admin need a bearer token with the right scope;"
                                + " partner reads under /api/v1/partner need a partner key.",
                        contact = @Contact(name = "The Lede maintainers")),
        servers =
                @Server(
                        url = "http://localhost:8080",
                        description = "Lede on this machine (`./mvnw quarkus:dev`); clients point at their own"
                                + " deployment instead"))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A staff API token. In dev and test, `dev-admin-token` carries every scope.")
@SecurityScheme(
        securitySchemeName = "partnerKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A partner key, sent as `Authorization: Bearer <key>`; staff issue them. In dev and test,"
                + " `dev-partner-key` belongs to the demo partner Harbour Wire.")
public class LedeApi extends Application {}
