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
 * A neighbourhood grouping: quartier social-santé / welzijns- en gezondheidswijk, the finest rung of the
 * subsidiarity ladder (about 25,000 inhabitants; the plan counts 56, the bassins' sites 57). Public
 * sources name only some of them, without their official number or population: those stay empty
 * (unknown) until an OBSS table ({@link ObssTable}) completes them.
 *
 * <p>A grouping is identified by its {@linkplain #getKey() key}: its official number when known, otherwise
 * a stable slug ({@code 21015-brabant}). A CLSS priority neighbourhood has {@link ClssStatus#CLSS} and its
 * wave. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"key", "number", "names", "communes", "bassin", "population", "clssStatus", "clssWave",
    "note", "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNeighbourhoodGrouping.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableNeighbourhoodGrouping.class)
public abstract class NeighbourhoodGrouping implements TerritorialUnit {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-]{1,32}");

  /**
   * Returns the key the grouping is referred to by ({@code neighbourhood:<key>}): the official number
   * when known, otherwise a slug made of the commune's NIS code (or the bassin code when the commune is
   * unknown) and the name.
   *
   * @return the key
   */
  public abstract String getKey();

  /**
   * Returns the official number (OBSS {@code QuartierSS_Gwwijk}).
   *
   * @return the number; empty when no source gives it
   */
  public abstract Optional<Integer> getNumber();

  /**
   * Returns the names; the Dutch name is missing when no source gives it.
   *
   * @return the names, at least French
   */
  @Override
  public abstract LocalizedText getNames();

  /**
   * Returns the NIS codes of the communes the grouping lies in.
   *
   * @return an immutable list; empty when no source says which commune
   */
  public abstract List<String> getCommunes();

  /**
   * Returns the bassin the grouping belongs to.
   *
   * @return the bassin
   */
  public abstract BassinCode getBassin();

  /**
   * Returns the population, with its year and source.
   *
   * @return the population; empty when unknown
   */
  public abstract Optional<Population> getPopulation();

  /**
   * Returns whether the grouping is a CLSS priority neighbourhood.
   *
   * @return the status
   */
  @Value.Default
  public ClssStatus getClssStatus() {
    return ClssStatus.UNKNOWN;
  }

  /**
   * Returns the CLSS wave; present exactly when the status is {@link ClssStatus#CLSS}.
   *
   * @return the wave
   */
  public abstract Optional<ClssWave> getClssWave();

  /**
   * Returns a remark (spelling variants, an ambiguous commune).
   *
   * @return the note
   */
  public abstract Optional<String> getNote();

  @Override
  public abstract List<String> getSources();

  /**
   * Tells whether the grouping is a CLSS priority neighbourhood.
   *
   * @return true for {@link ClssStatus#CLSS}
   */
  @JsonIgnore
  public boolean isClss() {
    return getClssStatus() == ClssStatus.CLSS;
  }

  @Override
  public TerritoryRef toRef() {
    return TerritoryRef.of(TerritorialLevel.NEIGHBOURHOOD, getKey());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableNeighbourhoodGrouping.Builder builder() {
    return ImmutableNeighbourhoodGrouping.builder();
  }

  @Value.Check
  void check() {
    if (!KEY.matcher(getKey()).matches()) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getKey(), "neighbourhood");
    }
    if (getNumber().isPresent() && getNumber().get() <= 0) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getNumber().get(), "neighbourhood");
    }
    if (getClssWave().isPresent() != (getClssStatus() == ClssStatus.CLSS)) {
      throw new InvalidValueException(TerritoryCodes.CLSS_WAVE_INVALID, getKey());
    }
  }
}
