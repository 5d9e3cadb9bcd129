package org.sitrep.model;

import java.time.LocalDateTime;

/** One timestamped update inside a live blog: its time and its character range in the document text. */
public record Post(String id, LocalDateTime timestamp, int start, int end) {
}
