package dev.lectern.study;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A review card as an essay defines it: a question and an answer from a {@code cards} fence, in
 * the section with {@code anchor}. The id is {@code slug + "-" + hash}, the hash being the first
 * 12 hex digits of the SHA-1 of the normalised question, so editing the answer or moving the card
 * keeps its schedule, and editing the question makes a new card.
 */
public record Card(String id, String slug, String anchor, String question, String answer) {

    public static Card of(String slug, String anchor, String question, String answer) {
        return new Card(id(slug, question), slug, anchor, question, answer);
    }

    public static String id(String slug, String question) {
        return slug + "-" + questionHash(question);
    }

    /** The part of a card id after the slug. */
    public String hash() {
        return id.substring(slug.length() + 1);
    }

    /** First 12 hex digits of SHA-1 over the question, lower-cased with runs of white space made one space. */
    public static String questionHash(String question) {
        String norm = question.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(norm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-1
        }
    }
}
