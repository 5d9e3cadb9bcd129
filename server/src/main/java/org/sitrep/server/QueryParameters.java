package org.sitrep.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.store.EventQuery;

/**
 * The API's filters, read from a request's query string: the same names as the columns they filter and as the
 * command line's options. A malformed value is the client's mistake: 400, with the parameter named.
 */
final class QueryParameters {
    /** The largest page a client may ask for; the exports stream everything in pages of this size. */
    static final int MAX_PAGE = 1000;

    private QueryParameters() {
    }

    static EventQuery.Builder events(Context ctx) {
        return observations(ctx)
                .admin1(text(ctx, "admin1"))
                .eventType(text(ctx, "event_type"))
                .subEventType(text(ctx, "sub_event_type"))
                .actor(text(ctx, "actor"))
                .source(text(ctx, "source"))
                .text(text(ctx, "text"))
                .minFatalities(integer(ctx, "min_fatalities"))
                .modality(text(ctx, "modality"))
                .status(text(ctx, "status"))
                .cursor(text(ctx, "cursor"));
    }

    /** The filters that tolls and control observations know: dates, country and bounding box. */
    static EventQuery.Builder observations(Context ctx) {
        EventQuery.Builder q = EventQuery.builder()
                .from(date(ctx, "from"))
                .to(date(ctx, "to"))
                .country(text(ctx, "country"))
                .limit(limit(ctx));
        String bbox = text(ctx, "bbox");
        if (bbox != null) {
            String[] parts = bbox.split(",");
            try {
                if (parts.length != 4) {
                    throw new NumberFormatException();
                }
                double south = Double.parseDouble(parts[0].trim());
                double west = Double.parseDouble(parts[1].trim());
                double north = Double.parseDouble(parts[2].trim());
                double east = Double.parseDouble(parts[3].trim());
                if (!(south >= -90 && north <= 90 && south <= north && west >= -180 && east <= 180)) {
                    throw new NumberFormatException();
                }
                q.bbox(south, west, north, east);
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("bbox takes four numbers south,west,north,east in degrees");
            }
        }
        return q;
    }

    private static int limit(Context ctx) {
        Integer limit = integer(ctx, "limit");
        if (limit == null) {
            return 100;
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestResponse("limit must be between 1 and " + MAX_PAGE);
        }
        return limit;
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integer(Context ctx, String name) {
        String value = text(ctx, name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date YYYY-MM-DD");
        }
    }
}
