package org.sitrep.store;

import java.time.LocalDate;

/**
 * A filtered page of incidents, newest first. Every filter is optional (null); text filters match case-insensitively
 * anywhere in the field. Rejected incidents are left out unless asked for.
 *
 * @param cursor where the previous page ended ({@link Page#nextCursor()}); null for the first page
 */
public record EventQuery(Double south, Double west, Double north, Double east, LocalDate from, LocalDate to,
                         String country, String admin1, String eventType, String subEventType, String actor,
                         String source, String text, Integer minFatalities, String modality, String status,
                         boolean includeRejected, String cursor, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if ((south == null) != (north == null) || (west == null) != (east == null) || (south == null) != (west == null)) {
            throw new IllegalArgumentException("a bounding box needs all four of south, west, north, east");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query filter by filter; {@link #build()} checks it. */
    public static final class Builder {
        private Double south;
        private Double west;
        private Double north;
        private Double east;
        private LocalDate from;
        private LocalDate to;
        private String country;
        private String admin1;
        private String eventType;
        private String subEventType;
        private String actor;
        private String source;
        private String text;
        private Integer minFatalities;
        private String modality;
        private String status;
        private boolean includeRejected;
        private String cursor;
        private int limit = 100;

        public Builder bbox(double south, double west, double north, double east) {
            this.south = south;
            this.west = west;
            this.north = north;
            this.east = east;
            return this;
        }

        public Builder from(LocalDate from) { this.from = from; return this; }
        public Builder to(LocalDate to) { this.to = to; return this; }
        public Builder country(String country) { this.country = country; return this; }
        public Builder admin1(String admin1) { this.admin1 = admin1; return this; }
        public Builder eventType(String eventType) { this.eventType = eventType; return this; }
        public Builder subEventType(String subEventType) { this.subEventType = subEventType; return this; }
        public Builder actor(String actor) { this.actor = actor; return this; }
        public Builder source(String source) { this.source = source; return this; }
        public Builder text(String text) { this.text = text; return this; }
        public Builder minFatalities(Integer minFatalities) { this.minFatalities = minFatalities; return this; }
        public Builder modality(String modality) { this.modality = modality; return this; }
        public Builder status(String status) { this.status = status; return this; }
        public Builder includeRejected(boolean includeRejected) { this.includeRejected = includeRejected; return this; }
        public Builder cursor(String cursor) { this.cursor = cursor; return this; }
        public Builder limit(int limit) { this.limit = limit; return this; }

        public EventQuery build() {
            return new EventQuery(south, west, north, east, from, to, country, admin1, eventType, subEventType, actor, source,
                    text, minFatalities, modality, status, includeRejected, cursor, limit);
        }
    }
}
