package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * That a commune belongs, wholly or in part, to a bassin. A commune split between bassins (Bruxelles-Ville)
 * has one membership per bassin, each saying which part when a source says so. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"bassin", "coverage", "part", "subMunicipalities", "confidence", "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableBassinMembership.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableBassinMembership.class)
public abstract class BassinMembership {

  /**
   * Returns the bassin.
   *
   * @return the bassin
   */
  public abstract BassinCode getBassin();

  /**
   * Returns whether the whole commune or a part of it is in the bassin.
   *
   * @return the coverage
   */
  public abstract Coverage getCoverage();

  /**
   * Returns, for a part, what the sources say that part is ("Laeken, Neder-Over-Heembeek, Haren"), or
   * that they do not say.
   *
   * @return the description of the part; empty for a whole commune
   */
  public abstract Optional<String> getPart();

  /**
   * Returns the codes of the Statbel sub-municipalities that lie in the bassin, when a source ties the
   * part to them (21004E Laeken, 21004F Neder-Over-Heembeek, 21004G Haren for Nord).
   *
   * @return an immutable list, empty for a whole commune or an unlocated part
   */
  public abstract List<String> getSubMunicipalities();

  /**
   * Returns how sure the sources are of this membership.
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
   * Tells whether the whole commune is in the bassin.
   *
   * @return true for {@link Coverage#WHOLE}
   */
  @JsonIgnore
  public boolean isWhole() {
    return getCoverage() == Coverage.WHOLE;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableBassinMembership.Builder builder() {
    return ImmutableBassinMembership.builder();
  }

  @Value.Check
  void check() {
    if (getCoverage() == Coverage.WHOLE && (getPart().isPresent() || !getSubMunicipalities().isEmpty())) {
      throw new InvalidValueException(TerritoryCodes.MEMBERSHIP_INVALID, getBassin().code());
    }
  }
}
