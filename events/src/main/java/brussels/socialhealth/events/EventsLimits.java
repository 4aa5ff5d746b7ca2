package brussels.socialhealth.events;

import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Limits and patterns of the {@code events} module, shared by the value types and their checks.
 */
public final class EventsLimits {
  private EventsLimits() {}

  /** Every date and time of an event or a helpdesk case is read in this zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  /** Identifiers of events, cases, slots and directory entities: lower-case, at most 64 characters. */
  public static final String ID_REGEX = "[a-z0-9][a-z0-9._:-]{0,63}";
  /** {@link #ID_REGEX} compiled. */
  public static final Pattern ID_PATTERN = Pattern.compile(ID_REGEX);

  /** The schema version written in every events and helpdesk document. */
  public static final int SCHEMA_VERSION = 1;
}
