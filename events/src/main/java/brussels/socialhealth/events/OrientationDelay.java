package brussels.socialhealth.events;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The time from reception to first orientation over the cases of a {@link HelpdeskActivityReport}:
 * how many cases had an orientation, and the median and 90th percentile of their delays in whole
 * minutes (nearest-rank method: the value at rank ⌈p·n⌉ of the sorted delays; absent when no case was
 * oriented). Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"orientedCases", "medianMinutes", "p90Minutes"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrientationDelay.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrientationDelay.class)
public abstract class OrientationDelay {

  /**
   * Returns the number of cases with at least one orientation.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int getOrientedCases();

  /**
   * Returns the median delay in minutes.
   *
   * @return the median, empty when no case was oriented
   */
  @Value.Parameter
  public abstract Optional<Long> getMedianMinutes();

  /**
   * Returns the 90th percentile of the delays in minutes.
   *
   * @return the percentile, empty when no case was oriented
   */
  @Value.Parameter
  public abstract Optional<Long> getP90Minutes();

  /**
   * Creates the figures.
   *
   * @param orientedCases the number of oriented cases
   * @param medianMinutes the median; not null
   * @param p90Minutes the 90th percentile; not null
   * @return the figures
   */
  public static OrientationDelay of(int orientedCases, Optional<Long> medianMinutes, Optional<Long> p90Minutes) {
    return ImmutableOrientationDelay.of(orientedCases, medianMinutes, p90Minutes);
  }
}
