package org.sitrep.cli;

/** An input that cannot be read as a report; its message names the input and says why. */
final class InputException extends RuntimeException {
    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
