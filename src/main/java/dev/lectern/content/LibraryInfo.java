package dev.lectern.content;

/**
 * The library's own page ({@code library.md}): its id (the key under which study data is kept),
 * title, dek, about text and the order of its tracks ({@code tracks: [...]}). A folder without one gets its folder name as id and title.
 */
public record LibraryInfo(String id, String title, String dek, String about, java.util.List<String> trackOrder) {
    public LibraryInfo {
        trackOrder = java.util.List.copyOf(trackOrder);
    }
}
