package pl.wiec.surveys.boundary;

/**
 * The picture an option shows, as served: its type, the hash the option keeps (its ETag and part of its address, worked
 * out once when it was stored) and its bytes.
 */
public record OptionPicture(String contentType, String sha256, byte[] image) {
}
