package pl.wiec.municipality.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The office's postal address, as residents write it on an envelope: street and number, postal code, town. */
@Embeddable
public class PostalAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "street", length = 200)
    private String street;

    @Column(name = "postal_code", length = 6)
    private String postalCode;

    @Column(name = "city", length = 100)
    private String city;

    protected PostalAddress() {
    }

    public PostalAddress(String street, String postalCode, String city) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalAddress that && Objects.equals(street, that.street)
                && Objects.equals(postalCode, that.postalCode) && Objects.equals(city, that.city);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, postalCode, city);
    }

    @Override
    public String toString() {
        return street + ", " + postalCode + " " + city;
    }
}
