package dev.lectern.ssh;

import java.util.Locale;

/**
 * Who a connection belongs to: the SHA-256 fingerprint of the key they signed in with (as
 * OpenSSH prints it, {@code SHA256:…}) and the name from that key's authorized_keys comment, if
 * any.
 */
record Reader(String fingerprint, String name) {

    /** A folder name for this reader's study data: the fingerprint, safe on every file system. */
    String folder() {
        String b64 = fingerprint.startsWith("SHA256:") ? fingerprint.substring(7) : fingerprint;
        // base64's + and / (and case) are unsafe in some file systems: hex is not
        byte[] raw = java.util.Base64.getDecoder().decode(pad(b64));
        StringBuilder sb = new StringBuilder("sha256-");
        for (byte b : raw) sb.append(String.format(Locale.ROOT, "%02x", b & 0xff));
        return sb.toString();
    }

    private static String pad(String s) {
        return s + "=".repeat((4 - s.length() % 4) % 4);
    }

    /** A short label for logs and the home screen. */
    String label() {
        return name == null || name.isBlank() ? fingerprint : name + " (" + fingerprint + ")";
    }
}
