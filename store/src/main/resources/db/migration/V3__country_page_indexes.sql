-- Pages of one country (the map's and the API's most common filter) read newest first: an index per way of naming
-- the country, in page order, holding the other filtered columns like events_page. With them a page of a country
-- with a rare filter (20 dead or more in Libya, suicide bombs in the Congo) reads only that country's entries, not
-- the whole page index: 2-4 ms instead of 100-350 ms on a million incidents (docs/performance.md). The country filter
-- names one column for this (a two-letter value is a code), since `country = ? OR country_code = ?` can use neither.
DROP INDEX IF EXISTS events_by_country;
CREATE INDEX events_by_country ON events (country, event_date, event_id_cnty, status, admin1, event_type,
    sub_event_type, modality, fatalities, latitude, longitude);
CREATE INDEX events_by_country_code ON events (country_code, event_date, event_id_cnty, status, admin1, event_type,
    sub_event_type, modality, fatalities, latitude, longitude);
