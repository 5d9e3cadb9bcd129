package org.sitrep.pipeline.coding;

import java.util.List;
import org.sitrep.model.CasualtyReport;
import org.sitrep.model.ControlObservation;
import org.sitrep.pipeline.AnnotatedDocument;

/** Stage: incidents, aggregate tolls and control observations coded from an annotated document. */
public interface EventCoder {

    record Coding(List<EventDraft> events, List<CasualtyReport> casualtyReports, List<ControlObservation> controlObservations) {
        public Coding {
            events = List.copyOf(events);
            casualtyReports = List.copyOf(casualtyReports);
            controlObservations = List.copyOf(controlObservations);
        }
    }

    Coding code(AnnotatedDocument document);
}
