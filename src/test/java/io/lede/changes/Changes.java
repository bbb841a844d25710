package io.lede.changes;

import static io.lede.Api.staff;

import io.lede.Api;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the change feed through HTTP, as a consumer would. */
final class Changes {

    private Changes() {}

    /** The cursor at the end of the feed now: changes made after this call come after it. */
    static String end() {
        return end(Api.ADMIN_TOKEN);
    }

    static String end(String credential) {
        String cursor = null;
        while (true) {
            JsonPath page = page(credential, cursor, 100);
            if (page.getList("items").isEmpty()) {
                return page.getString("nextCursor");
            }
            cursor = page.getString("nextCursor");
        }
    }

    static JsonPath page(String credential, String cursor, int limit) {
        var request = Api.as(credential).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
    }

    /** Every change after the cursor, following nextCursor until a page is empty. */
    static List<Map<String, Object>> after(String credential, String cursor) {
        List<Map<String, Object>> all = new ArrayList<>();
        while (true) {
            JsonPath page = page(credential, cursor, 7);
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return all;
            }
            all.addAll(items);
            cursor = page.getString("nextCursor");
        }
    }

    static List<Map<String, Object>> after(String cursor) {
        return after(Api.ADMIN_TOKEN, cursor);
    }

    /** The types of the changes to this item, in order. */
    @SuppressWarnings("unchecked")
    static List<String> typesOf(List<Map<String, Object>> changes, String kind, long id) {
        return changes.stream()
                .filter(c -> {
                    Map<String, Object> item = (Map<String, Object>) c.get("item");
                    return kind.equals(item.get("kind")) && ((Number) item.get("id")).longValue() == id;
                })
                .map(c -> (String) c.get("type"))
                .toList();
    }

    static void unused() {
        staff();
    }
}
