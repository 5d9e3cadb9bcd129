package org.sitrep.flink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sitrep.model.Event;

/**
 * An event as JSON between the extract and merge operators and in the merge state. Flink would otherwise fall back
 * to Kryo for the model's nested records; JSON keeps the state readable and independent of the model's classes'
 * layout, as the store's {@code event_json} does.
 */
final class EventCodec {
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(Event event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    Event read(String value) {
        try {
            return json.readValue(value, Event.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event in the merge state cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
