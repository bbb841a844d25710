package io.lede.web.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * A member that may be null says so in its {@code type} as well as in its {@code anyOf}: the generator sometimes
 * writes {@code type: object} beside {@code anyOf: [$ref, null]}, which forbids the null the member allows.
 */
class NullableMembers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(NullableMembers::admitNull);
            }
        });
    }

    private static void admitNull(Schema member) {
        List<SchemaType> types = member.getType();
        if (member.getAnyOf() == null || types == null || types.isEmpty() || types.contains(SchemaType.NULL)) {
            return;
        }
        boolean nullable = member.getAnyOf().stream()
                .anyMatch(option -> option.getType() != null && option.getType().equals(List.of(SchemaType.NULL)));
        if (nullable) {
            List<SchemaType> withNull = new ArrayList<>(types);
            withNull.add(SchemaType.NULL);
            member.setType(withNull);
        }
    }
}
