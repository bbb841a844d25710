package io.lede.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the generated spec, in this order: the HTTP contract every operation shares, required members of
 * response bodies, then examples (which the earlier steps' answers need too). It runs once, at build time: the
 * running server serves the finished document and does not repeat the work at each start.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SpecFilter implements OASFilter {

    private final List<OASFilter> steps =
            List.of(new HttpContract(), new RequiredMembers(), new NullableMembers(), new ExampleFilter());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        steps.forEach(step -> step.filterOpenAPI(openAPI));
    }
}
