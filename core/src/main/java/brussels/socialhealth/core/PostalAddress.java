package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A postal address: street, house number, optional box, postal code, municipality and country.
 *
 * <p>In Brussels street and municipality names exist in French and Dutch ({@code Rue de la Loi} /
 * {@code Wetstraat}, {@code Bruxelles} / {@code Brussel}), so both are {@link LocalizedText}. The country
 * is an ISO 3166-1 alpha-2 code in upper case, {@code BE} unless set. A Belgian postal code has four
 * digits from 1000 to 9999; other countries' codes are only required to be non-blank. Whether the postal
 * code belongs to the municipality is a question for the {@code territory} module, not a construction
 * check. Immutable and thread-safe.
 *
 * <p>JSON form: {@code {"street": {"fr": ..., "nl": ...}, "houseNumber": "16", "box": "3",
 * "postalCode": "1000", "municipality": {...}, "country": "BE"}}; {@code box} is omitted when absent.
 */
@Value.Immutable
@SocialHealthStyle
@JsonPropertyOrder({"street", "houseNumber", "box", "postalCode", "municipality", "country"})
@JsonDeserialize(as = ImmutablePostalAddress.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePostalAddress.class)
public abstract class PostalAddress {
  /** The default country, Belgium. */
  public static final String BELGIUM = "BE";

  private static final Pattern BELGIAN_POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}");
  private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  /**
   * Returns the street name, in French and/or Dutch.
   *
   * @return the street
   */
  public abstract LocalizedText getStreet();

  /**
   * Returns the house number as written, for example {@code "16"} or {@code "16A"}.
   *
   * @return the house number, not blank
   */
  public abstract String getHouseNumber();

  /**
   * Returns the box (boîte / bus), if any.
   *
   * @return the box, for example {@code "3"}
   */
  public abstract Optional<String> getBox();

  /**
   * Returns the postal code.
   *
   * @return the postal code, four digits in Belgium
   */
  public abstract String getPostalCode();

  /**
   * Returns the municipality (or sub-municipality) name, in French and/or Dutch.
   *
   * @return the municipality
   */
  public abstract LocalizedText getMunicipality();

  /**
   * Returns the ISO 3166-1 alpha-2 country code.
   *
   * @return the country, {@code "BE"} by default
   */
  @Value.Default
  public String getCountry() {
    return BELGIUM;
  }

  /**
   * Creates a Belgian address without a box.
   *
   * @param street the street name; not null
   * @param houseNumber the house number; not null, not blank
   * @param postalCode the four-digit postal code; not null
   * @param municipality the municipality name; not null
   * @return the address
   * @throws InvalidValueException {@link CoreCodes#POSTAL_ADDRESS_BLANK} or
   *     {@link CoreCodes#POSTAL_ADDRESS_POSTAL_CODE}
   */
  public static PostalAddress of(
      LocalizedText street, String houseNumber, String postalCode, LocalizedText municipality) {
    return builder().street(street).houseNumber(houseNumber).postalCode(postalCode)
        .municipality(municipality).build();
  }

  /**
   * Returns a new builder. {@code build()} throws {@link InvalidValueException} with
   * {@link CoreCodes#POSTAL_ADDRESS_BLANK}, {@link CoreCodes#POSTAL_ADDRESS_POSTAL_CODE} or
   * {@link CoreCodes#POSTAL_ADDRESS_COUNTRY}, and {@link IllegalStateException} when a required part
   * is missing.
   *
   * @return a builder
   */
  public static ImmutablePostalAddress.Builder builder() {
    return ImmutablePostalAddress.builder();
  }

  /**
   * Tells whether the address is in Belgium.
   *
   * @return true when the country is {@code BE}
   */
  @JsonIgnore
  public boolean isBelgian() {
    return BELGIUM.equals(getCountry());
  }

  @Value.Check
  void check() {
    if (getHouseNumber().isBlank()) {
      throw new InvalidValueException(CoreCodes.POSTAL_ADDRESS_BLANK, getHouseNumber(), "houseNumber");
    }
    if (getBox().isPresent() && getBox().get().isBlank()) {
      throw new InvalidValueException(CoreCodes.POSTAL_ADDRESS_BLANK, getBox().get(), "box");
    }
    if (!COUNTRIES.contains(getCountry())) {
      throw new InvalidValueException(CoreCodes.POSTAL_ADDRESS_COUNTRY, getCountry());
    }
    if (getPostalCode().isBlank()) {
      throw new InvalidValueException(CoreCodes.POSTAL_ADDRESS_BLANK, getPostalCode(), "postalCode");
    }
    if (isBelgian() && !BELGIAN_POSTAL_CODE.matcher(getPostalCode()).matches()) {
      throw new InvalidValueException(CoreCodes.POSTAL_ADDRESS_POSTAL_CODE, getPostalCode());
    }
  }
}
