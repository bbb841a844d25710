package io.lede.syndication;

import io.lede.syndication.UsageViews.UsageReport;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A usage report as JSON or, when the Accept header prefers it, as CSV. */
final class UsageAnswers {

    static final String CSV = "text/csv";
    static final String CSV_EXAMPLE =
            "day,partner,partner_name,key_id,key_prefix,article_id,article_slug,requests,excerpts,full_texts\r\n"
                    + "2026-11-30,harbour-wire,Harbour Wire,3,lede_pk_Ab12Cd,,,42,0,0\r\n"
                    + "2026-11-30,harbour-wire,Harbour Wire,3,lede_pk_Ab12Cd,12,tram-plan,40,40,0\r\n";

    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private UsageAnswers() {}

    static Response answer(HttpHeaders headers, UsageReport report) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                break;
            }
            if (accepted.isCompatible(CSV_TYPE)) {
                return Response.ok(UsageService.csv(report), CSV_TYPE.withCharset("utf-8"))
                        .build();
            }
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
