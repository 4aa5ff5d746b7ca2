package brussels.socialhealth.directory;

import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The geographic balance of "Pousse ma porte" information points across a bassin ("répartition
 * équilibrée"): for each of its units (communes or neighbourhood groupings), the labelled points and the
 * candidates. The bassin is balanced when every unit has at least one labelled point.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"bassin", "balanced", "uncovered", "units"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLabelBalance.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableLabelBalance.class)
public abstract class LabelBalance {

  /**
   * Returns the bassin.
   *
   * @return the bassin, for example {@code bassin:SUD_EST}
   */
  public abstract TerritoryRef getBassin();

  /**
   * Returns the balance of each unit, in the order given.
   *
   * @return an immutable list
   */
  public abstract List<UnitBalance> getUnits();

  /**
   * Returns the units without any labelled point.
   *
   * @return an immutable list
   */
  @Value.Derived
  public List<TerritoryRef> getUncovered() {
    return getUnits().stream().filter(u -> u.getLabelledServiceIds().isEmpty())
        .map(UnitBalance::getUnit).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether every unit has at least one labelled point.
   *
   * @return true when balanced
   */
  @Value.Derived
  public boolean isBalanced() {
    return getUncovered().isEmpty();
  }

  /**
   * Returns the largest number of labelled points in one unit divided by the smallest (1 is perfect;
   * infinite when a unit has none).
   *
   * @return the ratio
   */
  @JsonIgnore
  public double spread() {
    int max = getUnits().stream().mapToInt(u -> u.getLabelledServiceIds().size()).max().orElse(0);
    int min = getUnits().stream().mapToInt(u -> u.getLabelledServiceIds().size()).min().orElse(0);
    return min == 0 ? Double.POSITIVE_INFINITY : (double) max / min;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableLabelBalance.Builder builder() {
    return ImmutableLabelBalance.builder();
  }
}
