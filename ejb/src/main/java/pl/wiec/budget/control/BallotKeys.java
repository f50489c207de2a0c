package pl.wiec.budget.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.Voter;

/**
 * The keyed hashes that keep "has voted" apart from the ballot. From the installation's secret
 * ({@code wiec.residents.identity-key}, the one that already keys PESEL hashes, so there is nothing new to configure or
 * lose) keys are derived: one names the person in the edition's voter list, one names them by name and address (as
 * paper cards do), one links the first name to their ballot, one checks re-keyed cards, one names their building (for
 * near matches), and one seals (AES-GCM) the name and address a voter gave until the result is published, so that a
 * clerk can compare two near records. Someone with the database but not the secret can join neither to a person nor the
 * voter list to ballots, nor read a sealed identity. Receipts are random: 50 bits in ten characters people can read out
 * over the phone.
 */
@ApplicationScoped
public class BallotKeys {

    /** Crockford's base32: no I, L, O, U, so nobody misreads a receipt. */
    private static final char[] RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SEPARATOR = "\u001f";

    @Inject
    @ConfigProperty(name = "wiec.residents.identity-key")
    String configuredKey;

    private byte[] voterKey;
    private byte[] linkKey;
    private byte[] cardKey;
    private byte[] checkKey;
    private byte[] buildingKey;
    private SecretKeySpec sealKey;

    @PostConstruct
    void derive() {
        byte[] secret = Base64.getDecoder().decode(configuredKey.trim());
        voterKey = hmac(secret, "wiec.budget.voter");
        linkKey = hmac(secret, "wiec.budget.ballot-link");
        cardKey = hmac(secret, "wiec.budget.card");
        checkKey = hmac(secret, "wiec.budget.card-check");
        buildingKey = hmac(secret, "wiec.budget.building");
        sealKey = new SecretKeySpec(hmac(secret, "wiec.budget.identity-seal"), "AES");
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

    /** The building of the person's address (street and number, no flat), for finding near matches. */
    public String building(long editionId, CardIdentity identity) {
        return HexFormat.of().formatHex(hmac(buildingKey, editionId + ":" + identity.building()));
    }

    /** The voter made findable as a near match of the identity they gave. */
    public Voter nearMatchable(Voter voter, long editionId, CardIdentity identity) {
        return voter.nearMatchable(building(editionId, identity), seal(identity));
    }

    /** The identity encrypted, for a clerk to read beside a near match. */
    public String seal(CardIdentity identity) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(128, nonce));
            String plain = String.join(SEPARATOR, text(identity.firstName()), text(identity.familyName()),
                    text(identity.address()));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** A sealed identity opened, or empty when it cannot be (sealed under another secret, or altered). */
    public Optional<CardIdentity> unseal(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(128, all, 0, 12));
            String[] parts = new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            return Optional.of(new CardIdentity(parts[0], parts[1], parts[2], null));
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static String text(String part) {
        return part == null ? "" : part.replace(SEPARATOR, " ");
    }

    /**
     * The check of the person's data alone as keyed from one card (of an edition, a batch, a number), to tell whether
     * two keyings of the card agree on the person; the card in the input keeps it from linking a person's cards.
     */
    public String identityCheck(long editionId, long batchId, int cardNumber, CardIdentity identity) {
        return check("person|" + editionId + "|" + batchId + "|" + cardNumber + "|" + identity.nameAndAddress() + "|"
                + (identity.pesel() == null ? "" : identity.pesel()));
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
