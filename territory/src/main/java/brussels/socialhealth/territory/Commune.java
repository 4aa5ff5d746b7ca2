package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One of the 19 communes / gemeenten of the Region, by its NIS (REFNIS) code: names in French and
 * Dutch, usual short forms, postal codes, populations with their year, and the bassin(s) it belongs to.
 * The tree is not strict: Bruxelles-Ville ({@code 21004}) belongs in part to several bassins, and a postal
 * code (1040, 1050) may be shared with another commune. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"nisCode", "names", "aliases", "postalCodes", "populations", "bassins", "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCommune.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCommune.class)
public abstract class Commune implements TerritorialUnit {
  private static final Pattern NIS = Pattern.compile("\\d{5}");
  private static final Pattern POSTAL = Pattern.compile("\\d{4}");

  /**
   * Returns the NIS code.
   *
   * @return five digits, for example {@code 21004}
   */
  public abstract String getNisCode();

  /**
   * Returns the official names in French and Dutch.
   *
   * @return the names
   */
  @Override
  public abstract LocalizedText getNames();

  /**
   * Returns usual short or alternative forms of the name that are not official names ("Molenbeek",
   * "Bruxelles-Ville", "Sint-Joost"); name look-ups also accept them.
   *
   * @return an immutable list
   */
  public abstract List<String> getAliases();

  /**
   * Returns the postal codes used in the commune (some are shared with another commune).
   *
   * @return an immutable list of four-digit codes
   */
  public abstract List<String> getPostalCodes();

  /**
   * Returns the populations, each with its year and source.
   *
   * @return an immutable list
   */
  public abstract List<Population> getPopulations();

  /**
   * Returns the bassins the commune belongs to, wholly or in part.
   *
   * @return an immutable list; a consistent territory has at least one
   */
  public abstract List<BassinMembership> getBassins();

  @Override
  public abstract List<String> getSources();

  /**
   * Returns the population of a year.
   *
   * @param year the year
   * @return the population, empty if none is known for that year
   */
  public Optional<Population> population(int year) {
    return getPopulations().stream().filter(p -> p.getYear() == year).findFirst();
  }

  /**
   * Returns the codes of the bassins the commune belongs to, wholly or in part.
   *
   * @return an immutable list
   */
  public List<BassinCode> bassinCodes() {
    return getBassins().stream().map(BassinMembership::getBassin).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether the commune is split between several bassins, or only partly located.
   *
   * @return true unless the commune lies wholly in one bassin
   */
  @JsonIgnore
  public boolean isSplit() {
    return !(getBassins().size() == 1 && getBassins().get(0).isWhole());
  }

  @Override
  public TerritoryRef toRef() {
    return TerritoryRef.commune(getNisCode());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableCommune.Builder builder() {
    return ImmutableCommune.builder();
  }

  @Value.Check
  void check() {
    if (!NIS.matcher(getNisCode()).matches()) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getNisCode(), "commune");
    }
    for (String postalCode : getPostalCodes()) {
      if (!POSTAL.matcher(postalCode).matches()) {
        throw new InvalidValueException(TerritoryCodes.CODE_INVALID, postalCode, "postal-code");
      }
    }
  }
}
