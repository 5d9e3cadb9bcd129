package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.sitrep.format.DocumentLine;

/** Reading reports the way every command does: files and standard input with size limits, ids, publication times. */
final class ReportInput {
    /** Reports larger than this are refused rather than read into memory. */
    static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

    private ReportInput() {
    }

    static LocalDateTime parsePublished(String value, String what) {
        return DocumentLine.isoTime(value).orElseThrow(
                () -> new InputException(what + " '" + value + "' is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM"));
    }

    static String documentId(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static byte[] readFile(Path path) {
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(path + " is a directory: give a report file");
            }
            long size = Files.size(path);
            if (size > MAX_INPUT_BYTES) {
                throw new InputException(path + " is " + size / (1024 * 1024) + " MB: reports over "
                        + MAX_INPUT_BYTES / (1024 * 1024) + " MB are refused; split it or use --input with one document a line");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file");
        } catch (IOException e) {
            throw new InputException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static byte[] readStdin() {
        try (InputStream in = System.in) {
            byte[] bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
            if (bytes.length > MAX_INPUT_BYTES) {
                throw new InputException("standard input is over " + MAX_INPUT_BYTES / (1024 * 1024) + " MB: reports that large are refused");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException("standard input cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
