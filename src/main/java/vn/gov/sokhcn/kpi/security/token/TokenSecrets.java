package vn.gov.sokhcn.kpi.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Making and hashing tokens. A token is {@value #MARK} and 256 random bits (base64url): guessing one is hopeless, so
 * a fast SHA-256 is the right hash here (BCrypt protects guessable passwords, at ~70 ms a check). Its first
 * {@value #PREFIX_LENGTH} characters are kept in clear to tell tokens apart in lists and logs.
 */
final class TokenSecrets {
    static final String MARK = "kpi_";
    static final int PREFIX_LENGTH = 12;
    private static final int TOKEN_LENGTH = MARK.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String prefix(String token) {
        return token.substring(0, PREFIX_LENGTH);
    }

    /** Whether the text can be a token at all (anything else is refused without a lookup). */
    static boolean wellFormed(String token) {
        return token.length() == TOKEN_LENGTH && token.startsWith(MARK)
                && token.chars().skip(MARK.length()).allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(digest(token));
    }

    /** Compares a stored hash with the token's in constant time. */
    static boolean matches(String token, String storedHash) {
        return MessageDigest.isEqual(digest(token), HexFormat.of().parseHex(storedHash));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
