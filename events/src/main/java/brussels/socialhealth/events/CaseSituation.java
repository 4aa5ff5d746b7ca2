package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The situation a helpdesk case is about, described without identifying the beneficiary: themes,
 * publics, what makes it complex, and a coarse place (a commune, a neighbourhood grouping or a bassin;
 * never an address, a street or a statistical sector). There is deliberately no free-text field.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"themes", "publics", "complexityFactors", "place"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCaseSituation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCaseSituation.class)
public abstract class CaseSituation {
  private static final Set<TerritorialLevel> COARSE =
      EnumSet.of(TerritorialLevel.NEIGHBOURHOOD, TerritorialLevel.COMMUNE, TerritorialLevel.BASSIN);

  /**
   * Returns the themes (the directory's code list: {@code mental-health}, {@code housing}...).
   *
   * @return the themes
   */
  public abstract Set<Theme> getThemes();

  /**
   * Returns the publics (the directory's target publics: {@code elderly}, {@code newcomers}...).
   *
   * @return the publics
   */
  public abstract Set<TargetPublic> getPublics();

  /**
   * Returns what makes the situation complex.
   *
   * @return the factors
   */
  public abstract Set<ComplexityFactor> getComplexityFactors();

  /**
   * Returns the coarse place: a commune, a neighbourhood grouping or a bassin.
   *
   * @return the place
   */
  public abstract Optional<TerritoryRef> getPlace();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableCaseSituation.Builder builder() {
    return ImmutableCaseSituation.builder();
  }

  @Value.Check
  void check() {
    if (getPlace().isPresent() && !COARSE.contains(getPlace().get().getLevel())) {
      throw new InvalidValueException(EventsCodes.CASE_PLACE_TOO_PRECISE, getPlace().get());
    }
  }
}
