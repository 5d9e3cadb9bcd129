package org.sitrep.model;

import java.util.List;

/** Everything read from one document: incidents, aggregate tolls and control observations. */
public record Extraction(Document document, List<Event> events, List<CasualtyReport> casualtyReports,
                         List<ControlObservation> controlObservations) {
    public Extraction {
        events = List.copyOf(events);
        casualtyReports = List.copyOf(casualtyReports);
        controlObservations = List.copyOf(controlObservations);
    }
}
