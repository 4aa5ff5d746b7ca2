package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.events.internal.Checks;
import brussels.socialhealth.events.internal.ReportBuilder;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The activity report of a bassin's helpdesk over a period (rapport d'activité), the figures that feed
 * advocacy. Built by {@link #of(TerritoryRef, LocalDate, LocalDate, Iterable)} from the cases of that
 * bassin received (Brussels date) between {@link #getPeriodStart()} and {@link #getPeriodEnd()}, both included. Cases
 * of every status count, cancelled ones included ({@link #getByStatus()} tells them apart).
 *
 * <ul>
 *   <li>{@link #getByMonth()}: every month of the period ({@code 2024-03}), zeros included, in order;
 *   <li>{@link #getByChannel()}, {@link #getByStatus()}, {@link #getOrientationOutcomes()}: every code of
 *       the list, zeros included, in the list's order;
 *   <li>{@link #getByTheme()}, {@link #getByPublic()}: a case counts once for each of its themes
 *       (publics), so the total may exceed the case count; most frequent first, ties by code;
 *   <li>{@link #getByRequesterSector()}, {@link #getByCommune()}: one count per case, {@code unknown}
 *       when not recorded; most frequent first, ties by key. The place key is the recorded reference
 *       ({@code commune:21015}, or {@code neighbourhood:...} for a neighbourhood grouping);
 *   <li>{@link #getTimeToFirstOrientation()}: median and 90th percentile (nearest rank) in minutes;
 *   <li>{@link #getOrientationOutcomes()}: one count per orientation;
 *   <li>{@link #getUnmetNeeds()}: every (reason, theme) pair, most frequent first, ties by reason code
 *       then theme.
 * </ul>
 *
 * <p>Exported to JSON as is, and to CSV by {@link HelpdeskReportCsv}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"schemaVersion", "bassin", "periodStart", "periodEnd", "caseCount", "byMonth", "byChannel", "byStatus",
    "byTheme", "byPublic", "byRequesterSector", "byCommune", "timeToFirstOrientation", "orientationOutcomes",
    "unmetNeeds"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableHelpdeskActivityReport.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableHelpdeskActivityReport.class)
public abstract class HelpdeskActivityReport {
  /** The key counting cases where a sector or place was not recorded. */
  public static final String UNKNOWN = "unknown";

  /**
   * Returns the schema version of the report document.
   *
   * @return {@link EventsLimits#SCHEMA_VERSION} by default
   */
  @Value.Default
  public int getSchemaVersion() {
    return EventsLimits.SCHEMA_VERSION;
  }

  /**
   * Returns the bassin.
   *
   * @return a bassin reference
   */
  public abstract TerritoryRef getBassin();

  /**
   * Returns the first day of the period.
   *
   * @return the day
   */
  public abstract LocalDate getPeriodStart();

  /**
   * Returns the last day of the period (included).
   *
   * @return the day
   */
  public abstract LocalDate getPeriodEnd();

  /**
   * Returns the number of cases received in the period.
   *
   * @return the count
   */
  public abstract int getCaseCount();

  /**
   * Returns the cases by month of reception.
   *
   * @return month ({@code yyyy-MM}) to count
   */
  public abstract Map<String, Integer> getByMonth();

  /**
   * Returns the cases by channel.
   *
   * @return channel code to count
   */
  public abstract Map<String, Integer> getByChannel();

  /**
   * Returns the cases by current status.
   *
   * @return status code to count
   */
  public abstract Map<String, Integer> getByStatus();

  /**
   * Returns the cases by theme.
   *
   * @return theme code to count
   */
  public abstract Map<String, Integer> getByTheme();

  /**
   * Returns the cases by public.
   *
   * @return public code to count
   */
  public abstract Map<String, Integer> getByPublic();

  /**
   * Returns the cases by sector of the requester.
   *
   * @return sector code (or {@code unknown}) to count
   */
  public abstract Map<String, Integer> getByRequesterSector();

  /**
   * Returns the cases by coarse place: commune, or neighbourhood grouping, as recorded.
   *
   * @return territory reference (or {@code unknown}) to count
   */
  public abstract Map<String, Integer> getByCommune();

  /**
   * Returns the time to first orientation.
   *
   * @return the figures
   */
  public abstract OrientationDelay getTimeToFirstOrientation();

  /**
   * Returns the orientations by outcome.
   *
   * @return outcome code to count
   */
  public abstract Map<String, Integer> getOrientationOutcomes();

  /**
   * Returns the unmet needs, ranked.
   *
   * @return the ranking
   */
  public abstract List<RankedUnmetNeed> getUnmetNeeds();

  /**
   * Returns a new builder, for reports read from elsewhere; use {@link #of} to compute one.
   *
   * @return a builder
   */
  public static ImmutableHelpdeskActivityReport.Builder builder() {
    return ImmutableHelpdeskActivityReport.builder();
  }

  /**
   * Computes the report of a bassin over a period. Runs in one pass over the cases plus sorting.
   *
   * @param bassin the bassin; not null, at the bassin level
   * @param from the first day; not null
   * @param to the last day, included; not before {@code from}
   * @param cases any cases; those of other bassins or received outside the period are skipped
   * @return the report
   * @throws InvalidValueException {@link EventsCodes#REPORT_PERIOD_REVERSED} if {@code to} is before
   *     {@code from}, {@link EventsCodes#NOT_A_BASSIN} if {@code bassin} is not a bassin
   */
  public static HelpdeskActivityReport of(TerritoryRef bassin, LocalDate from, LocalDate to,
      Iterable<? extends HelpdeskCase> cases) {
    if (to.isBefore(from)) {
      throw new InvalidValueException(EventsCodes.REPORT_PERIOD_REVERSED, to, from);
    }
    Checks.bassins(Set.of(bassin), "bassin");
    return ReportBuilder.build(bassin, from, to, cases);
  }
}
