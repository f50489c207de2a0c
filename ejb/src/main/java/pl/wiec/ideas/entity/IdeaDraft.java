package pl.wiec.ideas.entity;

import java.io.Serializable;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a resident writes when submitting an idea. Plain text: shown escaped, never as HTML. */
public record IdeaDraft(@NotBlank @Size(max = 150) String title, @NotBlank @Size(max = 5000) String body,
        @Size(max = 200) String place, @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) implements Serializable {
}
