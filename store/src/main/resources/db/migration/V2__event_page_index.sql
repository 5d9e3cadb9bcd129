-- Pages of incidents (the API's /api/events, `sitrep export`) are read newest first with filters. One index in that
-- order that also holds the filtered columns lets the database test the filters on the index alone and read the
-- table only for the rows of the page: on a million incidents a filtered page takes milliseconds, where reading
-- rows to test them, or sorting a latitude band, took hundreds (docs/performance.md).
CREATE INDEX IF NOT EXISTS events_page ON events (event_date, event_id_cnty, status, country, country_code, admin1,
    event_type, sub_event_type, modality, fatalities, latitude, longitude);
-- its first two columns are events_by_date; a latitude range followed by a sort of the whole band was the slowest plan
DROP INDEX IF EXISTS events_by_date;
DROP INDEX IF EXISTS events_by_latitude;
