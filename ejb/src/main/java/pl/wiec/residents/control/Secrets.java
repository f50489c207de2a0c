package pl.wiec.residents.control;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import pl.wiec.platform.entity.Sha256;

/** Unguessable tokens for links and tickets, and the SHA-256 under which they are stored instead of themselves. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 32 random bytes, URL-safe. */
    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token as lowercase hex: what the database keeps. */
    public static String sha256(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
