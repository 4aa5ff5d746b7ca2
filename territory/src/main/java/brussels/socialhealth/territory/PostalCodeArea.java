package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A municipal postal code of the Region and the commune(s) it is used in. A postal code is not a
 * territorial unit: 1040 is used in Etterbeek and in part of Bruxelles-Ville, 1050 in Ixelles and in part
 * of Bruxelles-Ville. Some codes name a locality of a commune (1020 Laeken), tied when a source allows
 * to a Statbel sub-municipality. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"code", "communes", "locality", "subMunicipality", "confidence", "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePostalCodeArea.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePostalCodeArea.class)
public abstract class PostalCodeArea {
  private static final Pattern CODE = Pattern.compile("\\d{4}");

  /**
   * Returns the postal code.
   *
   * @return four digits
   */
  public abstract String getCode();

  /**
   * Returns the NIS codes of the communes the postal code is used in.
   *
   * @return an immutable list, at least one
   */
  public abstract List<String> getCommunes();

  /**
   * Returns the locality the code names within its commune, for example Laeken / Laken for 1020.
   *
   * @return the locality, empty when the code names the commune itself
   */
  public abstract Optional<LocalizedText> getLocality();

  /**
   * Returns the code of the Statbel sub-municipality that matches the locality, for example
   * {@code 21004E} for 1020 Laeken.
   *
   * @return the sub-municipality code
   */
  public abstract Optional<String> getSubMunicipality();

  /**
   * Returns how sure the sources are of the locality and sub-municipality.
   *
   * @return the confidence
   */
  public abstract Confidence getConfidence();

  /**
   * Returns the ids of the sources.
   *
   * @return an immutable list
   */
  public abstract List<String> getSources();

  /**
   * Tells whether the postal code is used in more than one commune.
   *
   * @return true for 1040 and 1050
   */
  @JsonIgnore
  public boolean isShared() {
    return getCommunes().size() > 1;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutablePostalCodeArea.Builder builder() {
    return ImmutablePostalCodeArea.builder();
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(getCode()).matches()) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getCode(), "postal-code");
    }
    if (getCommunes().isEmpty()) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getCode(), "postal-code");
    }
  }
}
