package dev.lectern.study;

/**
 * Where a reader is with one essay: when it was marked read (null: unread), the saved place
 * (block and offset within it) and when it was last opened. Study's own record, so that the
 * screens never hold a store row.
 */
public record EssayProgress(String slug, String readAt, int block, int offset, String lastOpened) {
    public boolean read() {
        return readAt != null;
    }
}
