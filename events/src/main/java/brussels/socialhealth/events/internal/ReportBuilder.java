package brussels.socialhealth.events.internal;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.directory.Code;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.events.CaseStatus;
import brussels.socialhealth.events.HelpdeskActivityReport;
import brussels.socialhealth.events.HelpdeskCase;
import brussels.socialhealth.events.HelpdeskChannel;
import brussels.socialhealth.events.EventsLimits;
import brussels.socialhealth.events.ImmutableHelpdeskActivityReport;
import brussels.socialhealth.events.Orientation;
import brussels.socialhealth.events.OrientationDelay;
import brussels.socialhealth.events.OrientationOutcome;
import brussels.socialhealth.events.RankedUnmetNeed;
import brussels.socialhealth.events.UnmetNeed;
import brussels.socialhealth.events.UnmetNeedReason;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes a {@link HelpdeskActivityReport}. Not API. */
public final class ReportBuilder {
  private ReportBuilder() {}

  /**
   * Computes the report; arguments already checked.
   *
   * @param bassin the bassin
   * @param from the first day
   * @param to the last day, included
   * @param cases the cases
   * @return the report
   */
  public static HelpdeskActivityReport build(TerritoryRef bassin, LocalDate from, LocalDate to,
      Iterable<? extends HelpdeskCase> cases) {
    Instant start = from.atStartOfDay(EventsLimits.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(EventsLimits.ZONE).toInstant();
    Map<String, Integer> byMonth = new LinkedHashMap<>();
    for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
      byMonth.put(month.toString(), 0);
    }
    int[] byChannel = new int[HelpdeskChannel.values().length];
    int[] byStatus = new int[CaseStatus.values().length];
    int[] outcomes = new int[OrientationOutcome.values().length];
    Map<String, Integer> byTheme = new HashMap<>();
    Map<String, Integer> byPublic = new HashMap<>();
    Map<String, Integer> bySector = new HashMap<>();
    Map<String, Integer> byPlace = new HashMap<>();
    Map<NeedKey, Integer> needs = new HashMap<>();
    long[] delays = new long[16];
    int oriented = 0;
    int count = 0;
    for (HelpdeskCase helpdeskCase : cases) {
      Instant received = helpdeskCase.getReceivedAt();
      if (!helpdeskCase.getBassin().equals(bassin) || received.isBefore(start) || !received.isBefore(end)) {
        continue;
      }
      count++;
      byMonth.merge(YearMonth.from(received.atZone(EventsLimits.ZONE)).toString(), 1, Integer::sum);
      byChannel[helpdeskCase.getChannel().ordinal()]++;
      byStatus[helpdeskCase.getStatus().ordinal()]++;
      for (Theme theme : helpdeskCase.getSituation().getThemes()) {
        byTheme.merge(theme.getCode(), 1, Integer::sum);
      }
      for (Code audience : helpdeskCase.getSituation().getPublics()) {
        byPublic.merge(audience.getCode(), 1, Integer::sum);
      }
      bySector.merge(helpdeskCase.getRequester().getSector().map(Code::getCode)
          .orElse(HelpdeskActivityReport.UNKNOWN), 1, Integer::sum);
      byPlace.merge(helpdeskCase.getSituation().getPlace().map(TerritoryRef::toString)
          .orElse(HelpdeskActivityReport.UNKNOWN), 1, Integer::sum);
      Instant first = null;
      for (Orientation orientation : helpdeskCase.getOrientations()) {
        outcomes[orientation.getOutcome().ordinal()]++;
        if (first == null || orientation.getProposedAt().isBefore(first)) {
          first = orientation.getProposedAt();
        }
      }
      if (first != null) {
        if (oriented == delays.length) {
          delays = Arrays.copyOf(delays, delays.length * 2);
        }
        delays[oriented++] = Duration.between(received, first).toMinutes();
      }
      for (UnmetNeed need : helpdeskCase.getUnmetNeeds()) {
        needs.merge(new NeedKey(need.getReason(), need.getTheme().map(Code::getCode).orElse("")), 1, Integer::sum);
      }
    }
    long[] sorted = Arrays.copyOf(delays, oriented);
    Arrays.sort(sorted);
    return ImmutableHelpdeskActivityReport.builder()
        .bassin(bassin)
        .periodStart(from)
        .periodEnd(to)
        .caseCount(count)
        .byMonth(byMonth)
        .byChannel(byCode(HelpdeskChannel.values(), byChannel))
        .byStatus(byCode(CaseStatus.values(), byStatus))
        .byTheme(ranked(byTheme))
        .byPublic(ranked(byPublic))
        .byRequesterSector(ranked(bySector))
        .byCommune(ranked(byPlace))
        .timeToFirstOrientation(OrientationDelay.of(oriented, percentile(sorted, 50), percentile(sorted, 90)))
        .orientationOutcomes(byCode(OrientationOutcome.values(), outcomes))
        .unmetNeeds(rankedNeeds(needs))
        .build();
  }

  /**
   * The nearest-rank percentile of sorted values: the value at rank ceil(p/100 * n).
   *
   * @param sorted values in ascending order
   * @param percent the percentile, 1 to 100
   * @return the value, empty for no values
   */
  public static Optional<Long> percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return Optional.empty();
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return Optional.of(sorted[Math.max(rank, 1) - 1]);
  }

  private static <E extends Enum<E> & Coded> Map<String, Integer> byCode(E[] constants, int[] counts) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (E constant : constants) {
      map.put(constant.code(), counts[constant.ordinal()]);
    }
    return map;
  }

  private static Map<String, Integer> ranked(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> map = new LinkedHashMap<>();
    entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
    return map;
  }

  private static List<RankedUnmetNeed> rankedNeeds(Map<NeedKey, Integer> needs) {
    List<Map.Entry<NeedKey, Integer>> entries = new ArrayList<>(needs.entrySet());
    entries.sort(Map.Entry.<NeedKey, Integer>comparingByValue().reversed()
        .thenComparing(entry -> entry.getKey().reason.code())
        .thenComparing(entry -> entry.getKey().theme, Comparator.naturalOrder()));
    List<RankedUnmetNeed> ranking = new ArrayList<>();
    for (Map.Entry<NeedKey, Integer> entry : entries) {
      String theme = entry.getKey().theme;
      ranking.add(RankedUnmetNeed.of(entry.getKey().reason,
          theme.isEmpty() ? Optional.empty() : Optional.of(Theme.parse(theme)), entry.getValue()));
    }
    return ranking;
  }

  private static final class NeedKey {
    final UnmetNeedReason reason;
    final String theme;

    NeedKey(UnmetNeedReason reason, String theme) {
      this.reason = reason;
      this.theme = theme;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof NeedKey && ((NeedKey) other).reason == reason && ((NeedKey) other).theme.equals(theme);
    }

    @Override
    public int hashCode() {
      return reason.hashCode() * 31 + theme.hashCode();
    }
  }
}
