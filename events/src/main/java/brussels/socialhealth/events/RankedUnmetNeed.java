package brussels.socialhealth.events;

import brussels.socialhealth.directory.Theme;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the unmet-needs ranking of a {@link HelpdeskActivityReport}: a reason, a theme (absent
 * when the needs recorded none) and how many times it was recorded. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"reason", "theme", "count"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRankedUnmetNeed.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableRankedUnmetNeed.class)
public abstract class RankedUnmetNeed {

  /**
   * Returns the reason.
   *
   * @return the reason
   */
  public abstract UnmetNeedReason getReason();

  /**
   * Returns the theme.
   *
   * @return the theme, empty when none was recorded
   */
  public abstract Optional<Theme> getTheme();

  /**
   * Returns how many times this need was recorded in the period.
   *
   * @return the count, 1 or more
   */
  public abstract int getCount();

  /**
   * Creates a line.
   *
   * @param reason the reason; not null
   * @param theme the theme; not null (may be empty)
   * @param count the count
   * @return the line
   */
  public static RankedUnmetNeed of(UnmetNeedReason reason, Optional<Theme> theme, int count) {
    return ImmutableRankedUnmetNeed.builder().reason(reason).theme(theme).count(count).build();
  }
}
