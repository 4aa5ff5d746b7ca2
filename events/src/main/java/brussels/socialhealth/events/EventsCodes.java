package brussels.socialhealth.events;

/**
 * The stable error and violation codes of the {@code events} module. Codes never change once published;
 * each has a message in French, Dutch and English in
 * {@code brussels/socialhealth/events/messages_*.properties} (checked by a test).
 */
public final class EventsCodes {
  private EventsCodes() {}

  /** An identifier that does not match {@link EventsLimits#ID_PATTERN}. */
  public static final String ID_INVALID = "events.id.invalid";
  /** A code (kind, status, channel...) that is not known; {@code {1}} names the code list. */
  public static final String CODE_UNKNOWN = "events.code.unknown";
  /** Something that ends before it starts. */
  public static final String END_BEFORE_START = "events.time.end-before-start";
  /** A territory reference that should be a bassin. */
  public static final String NOT_A_BASSIN = "events.territory.not-a-bassin";
  /** An event with no bassin. */
  public static final String NO_BASSIN = "events.territory.no-bassin";
  /** A place whose kind does not match what it holds. */
  public static final String PLACE_INCOMPLETE = "events.place.incomplete";
  /** A number (edition, workshop, session) below 1. */
  public static final String NUMBER_INVALID = "events.number.invalid";
  /** A count or capacity below its minimum. */
  public static final String COUNT_INVALID = "events.count.invalid";
  /** An event status change that the lifecycle does not allow. */
  public static final String STATUS_TRANSITION_ILLEGAL = "events.status.transition-illegal";
  /** A working-group session that belongs to another group, or a repeated session number. */
  public static final String SESSION_MISMATCH = "events.working-group.session-mismatch";
  /** A visitor with neither a professional id nor a professional contact. */
  public static final String VISITOR_INCOMPLETE = "events.open-house.visitor-incomplete";
  /** Two visit slots with the same id in one week. */
  public static final String SLOT_DUPLICATE = "events.open-house.slot-duplicate";

  /** Rule: the host window must open before the visitor window and each must close before the week. */
  public static final String WINDOWS_ORDER = "events.open-house.windows-order";
  /** Rule: a registration window that does not close before the week starts. */
  public static final String WINDOW_AFTER_WEEK = "events.open-house.window-after-week";
  /** Rule: a host registered outside the host window. */
  public static final String HOST_OUTSIDE_WINDOW = "events.open-house.host-outside-window";
  /** Rule: a visitor registered outside the visitor window. */
  public static final String VISITOR_OUTSIDE_WINDOW = "events.open-house.visitor-outside-window";
  /** Rule: a visit slot holds more registrations than its capacity. */
  public static final String CAPACITY_EXCEEDED = "events.open-house.capacity-exceeded";
  /** Rule: one visitor booked in two overlapping slots. */
  public static final String DOUBLE_BOOKING = "events.open-house.double-booking";
  /** Rule: one visitor booked twice in the same slot. */
  public static final String BOOKED_TWICE = "events.open-house.booked-twice";
  /** Rule: a registration for a slot that no host offers. */
  public static final String SLOT_UNKNOWN = "events.open-house.slot-unknown";
  /** Rule: a visit slot outside the week. */
  public static final String SLOT_OUTSIDE_WEEK = "events.open-house.slot-outside-week";

  /** A helpdesk case status change that the lifecycle does not allow. */
  public static final String CASE_TRANSITION_ILLEGAL = "events.helpdesk.transition-illegal";
  /** A case history that is not a chain of legal transitions starting from "received". */
  public static final String CASE_HISTORY_INVALID = "events.helpdesk.history-invalid";
  /** A transition or orientation dated before the case was received, or before the previous one. */
  public static final String CASE_TIME_ORDER = "events.helpdesk.time-order";
  /** A case place finer than a neighbourhood grouping (it could identify the person). */
  public static final String CASE_PLACE_TOO_PRECISE = "events.helpdesk.place-too-precise";
  /** Rule: a case whose bassin the territory registry does not know. */
  public static final String CASE_BASSIN_UNKNOWN = "events.helpdesk.bassin-unknown";
  /** Rule: a case place the territory registry does not know. */
  public static final String CASE_PLACE_UNKNOWN = "events.helpdesk.place-unknown";
  /** Rule: a case place outside the case's bassin. */
  public static final String CASE_PLACE_OUTSIDE_BASSIN = "events.helpdesk.place-outside-bassin";
  /** A requester with neither a directory reference nor an organisation name. */
  public static final String REQUESTER_INCOMPLETE = "events.helpdesk.requester-incomplete";
  /** An orientation with neither a service nor an organisation. */
  public static final String ORIENTATION_TARGET_MISSING = "events.helpdesk.orientation-target-missing";
  /** A report period that ends before it starts. */
  public static final String REPORT_PERIOD_REVERSED = "events.report.period-reversed";
  /** A document whose schema version this library does not read. */
  public static final String SCHEMA_VERSION_UNSUPPORTED = "events.document.schema-version";
}
