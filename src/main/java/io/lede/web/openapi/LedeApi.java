package io.lede.web.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The spec's top level; the operations come from the annotated resources. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Lede API",
                        version = "1.0.0",
                        description = "A headless newsroom content API. Public reads need no credentials; staff"
                                + " operations under /api/v1/admin need a bearer token with the right scope."))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A staff API token. In dev and test, `dev-admin-token` carries every scope.")
public class LedeApi extends Application {}
