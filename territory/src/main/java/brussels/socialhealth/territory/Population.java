package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number of inhabitants with the year it refers to and its source, for example 185,103 inhabitants of
 * Bruxelles on 1 January 2020 according to Statbel. A population never travels without its year.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"count", "year", "source", "derived", "note"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePopulation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePopulation.class)
public abstract class Population {
  /** The source id of populations computed by the library as the sum of their parts. */
  public static final String DERIVED_SOURCE = "derived-sum";

  /**
   * Returns the number of inhabitants.
   *
   * @return zero or more
   */
  public abstract long getCount();

  /**
   * Returns the year the count refers to (for Statbel, the 1st of January of that year).
   *
   * @return the year
   */
  public abstract int getYear();

  /**
   * Returns the id of the {@link Source} of the count, or {@link #DERIVED_SOURCE} for a sum computed by
   * the library.
   *
   * @return the source id
   */
  public abstract String getSource();

  /**
   * Tells whether the count is derived (a sum of parts) rather than published as such.
   *
   * @return true for a derived count
   */
  @Value.Default
  public boolean isDerived() {
    return false;
  }

  /**
   * Returns a remark on the count.
   *
   * @return the note
   */
  public abstract Optional<String> getNote();

  /**
   * Creates a published population.
   *
   * @param count the number of inhabitants, zero or more
   * @param year the year, 1800 to 2200
   * @param source the source id; not null
   * @return the population
   * @throws InvalidValueException {@link TerritoryCodes#POPULATION_INVALID} if count or year is out of range
   */
  public static Population of(long count, int year, String source) {
    return builder().count(count).year(year).source(source).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutablePopulation.Builder builder() {
    return ImmutablePopulation.builder();
  }

  @Value.Check
  void check() {
    if (getCount() < 0) {
      throw new InvalidValueException(TerritoryCodes.POPULATION_INVALID, getCount());
    }
    if (getYear() < 1800 || getYear() > 2200) {
      throw new InvalidValueException(TerritoryCodes.POPULATION_INVALID, getYear());
    }
  }
}
