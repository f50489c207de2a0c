package pl.wiec.budget.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import pl.wiec.budget.entity.CardIdentity;

/**
 * The keyed hashes that keep "has voted" apart from the ballot. From the installation's secret
 * ({@code wiec.residents.identity-key}, the one that already keys PESEL hashes, so there is nothing new to configure or
 * lose) keys are derived: one names the person in the edition's voter list, one names them by name and address (as
 * paper cards do), one links the first name to their ballot, one checks re-keyed cards. Someone with the database but
 * not the secret can join neither to a person nor the voter list to ballots. Receipts are random: 50 bits in ten
 * characters people can read out over the phone.
 */
@ApplicationScoped
public class BallotKeys {

    /** Crockford's base32: no I, L, O, U, so nobody misreads a receipt. */
    private static final char[] RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "wiec.residents.identity-key")
    String configuredKey;

    private byte[] voterKey;
    private byte[] linkKey;
    private byte[] cardKey;
    private byte[] checkKey;

    @PostConstruct
    void derive() {
        byte[] secret = Base64.getDecoder().decode(configuredKey.trim());
        voterKey = hmac(secret, "wiec.budget.voter");
        linkKey = hmac(secret, "wiec.budget.ballot-link");
        cardKey = hmac(secret, "wiec.budget.card");
        checkKey = hmac(secret, "wiec.budget.card-check");
    }

    /** The person's name in an edition's voter list. */
    public String voter(long editionId, String personKey) {
        return HexFormat.of().formatHex(hmac(voterKey, editionId + ":" + personKey));
    }

    /** The link from a voter-list name to that person's ballot. */
    public String link(String voter) {
        return HexFormat.of().formatHex(hmac(linkKey, voter));
    }

    /** The person's second name in the voter list: their name and address as a paper card gives them. */
    public String card(long editionId, CardIdentity identity) {
        return HexFormat.of().formatHex(hmac(cardKey, editionId + ":" + identity.nameAndAddress()));
    }

    /** The check of what was keyed from one card, for comparing a re-keying with the original. */
    public String check(String keyed) {
        return HexFormat.of().formatHex(hmac(checkKey, keyed));
    }

    /** A new receipt code, e.g. {@code 7KQ2M-X9PAH}. */
    public static String receipt() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECEIPT_ALPHABET[RANDOM.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
