package dev.lectern.store;

/**
 * A problem with a data file that the user must hear about (exit code 3): a study file from a
 * newer lectern, a data folder that cannot be written. Never thrown for the index, which is
 * rebuilt instead.
 */
public final class DataException extends RuntimeException {
    public DataException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataException(String message) {
        super(message);
    }
}
