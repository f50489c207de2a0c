package pl.wiec.residents.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import pl.wiec.residents.entity.Pesel;

/**
 * The keyed hash under which a PESEL identifies a resident: HMAC-SHA-256 with the server's secret
 * {@code wiec.residents.identity-key} (base64, at least 32 bytes). Without the key, the stored hashes cannot be turned
 * back into PESELs by trying all of them. The key must never change on a running installation: with another key, every
 * resident would become a new one.
 */
@ApplicationScoped
public class NationalKeys {

    @Inject
    @ConfigProperty(name = "wiec.residents.identity-key")
    String configuredKey;

    private SecretKeySpec key;

    @PostConstruct
    void readKey() {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configuredKey.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("wiec.residents.identity-key is not base64");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("wiec.residents.identity-key must be at least 32 bytes (256 bits)");
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String of(Pesel pesel) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(pesel.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
