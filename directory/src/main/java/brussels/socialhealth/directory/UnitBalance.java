package brussels.socialhealth.directory;

import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;

/**
 * The labelled information points of one territorial unit (a commune or a grouping of a bassin): the
 * services that meet every criterion and have a site there, and the candidates that meet no criterion
 * negatively but lack information. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"unit", "labelledServiceIds", "candidateServiceIds"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableUnitBalance.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableUnitBalance.class)
public abstract class UnitBalance {

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public abstract TerritoryRef getUnit();

  /**
   * Returns the ids of the services that meet every criterion and have a site in the unit.
   *
   * @return an immutable list, sorted
   */
  public abstract List<String> getLabelledServiceIds();

  /**
   * Returns the ids of the services with a site in the unit whose assessment is unknown (no criterion
   * failed): the ones to contact first.
   *
   * @return an immutable list, sorted
   */
  public abstract List<String> getCandidateServiceIds();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableUnitBalance.Builder builder() {
    return ImmutableUnitBalance.builder();
  }
}
