package brussels.socialhealth.events;

import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A need the helpdesk could not meet, recorded for advocacy: why, about which theme, and which service
 * (for a waiting list, say). Codes only, no free text. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"reason", "theme", "serviceId"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableUnmetNeed.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableUnmetNeed.class)
public abstract class UnmetNeed {

  /**
   * Returns why the need stayed unmet.
   *
   * @return the reason
   */
  public abstract UnmetNeedReason getReason();

  /**
   * Returns the theme of the need.
   *
   * @return the theme
   */
  public abstract Optional<Theme> getTheme();

  /**
   * Returns the directory id of the service concerned (full, too far, too costly...).
   *
   * @return the service id
   */
  public abstract Optional<String> getServiceId();

  /**
   * Creates an unmet need about a theme.
   *
   * @param reason the reason; not null
   * @param theme the theme; not null
   * @return the need
   */
  public static UnmetNeed of(UnmetNeedReason reason, Theme theme) {
    return builder().reason(reason).theme(theme).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableUnmetNeed.Builder builder() {
    return ImmutableUnmetNeed.builder();
  }

  @Value.Check
  void check() {
    Checks.id(getServiceId(), "serviceId");
  }
}
