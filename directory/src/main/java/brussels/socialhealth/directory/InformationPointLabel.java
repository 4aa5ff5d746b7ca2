package brussels.socialhealth.directory;

import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.TimeRange;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The "Pousse ma porte / Binnen zonder kloppen" information-point label: a service that welcomes anyone
 * with a social-health question and helps them find who can help. The criteria, confirmed by the
 * bassin Sud-Est change workshop of February 2024, are the {@link LabelCriterion} constants:
 *
 * <ol>
 *   <li>{@link LabelCriterion#GENERALIST_ORIENTATION}: the service offers
 *       {@link Theme#INFORMATION_ORIENTATION} to {@link TargetPublic#ALL};
 *   <li>{@link LabelCriterion#IN_PERSON_PHONE_EMAIL}: it can be reached {@link AccessMode#IN_PERSON}, by
 *       {@link AccessMode#PHONE} and by {@link AccessMode#EMAIL};
 *   <li>{@link LabelCriterion#EXTENDED_HOURS}: its hours at one of its sites are {@linkplain #isExtended
 *       extended};
 *   <li>{@link LabelCriterion#FREE}: it is {@link Cost#FREE};
 *   <li>{@link LabelCriterion#COMMON_NETWORK}: it agreed to take part in the common network
 *       ({@link Service#getLabelNetwork()}).
 * </ol>
 *
 * <p>Each criterion is met, not met, or unknown when the directory lacks the information; the reason says
 * which. Geographic accessibility ("répartition équilibrée") is not a property of one service but of the
 * bassin: {@link #balance}. Immutable and thread-safe.
 */
public final class InformationPointLabel {
  private final Directory directory;

  private InformationPointLabel(Directory directory) {
    this.directory = directory;
  }

  /**
   * Creates the label assessor over a directory (sites and organisations give context to services).
   *
   * @param directory the directory; not null
   * @return the assessor
   */
  public static InformationPointLabel of(Directory directory) {
    return new InformationPointLabel(Objects.requireNonNull(directory, "directory"));
  }

  /**
   * Assesses one service against every criterion.
   *
   * @param service the service; not null
   * @return the assessment
   */
  public LabelAssessment assess(Service service) {
    return LabelAssessment.builder()
        .serviceId(service.getId())
        .addResults(generalist(service), contact(service), hours(service), free(service), network(service))
        .build();
  }

  /**
   * Assesses every service of the directory, in directory order.
   *
   * @return an immutable list
   */
  public List<LabelAssessment> assessAll() {
    return directory.getServices().stream().map(this::assess).collect(Collectors.toUnmodifiableList());
  }

  static CriterionResult generalist(Service service) {
    LabelCriterion criterion = LabelCriterion.GENERALIST_ORIENTATION;
    if (service.getThemes().isEmpty() || service.getPublics().isEmpty()) {
      return CriterionResult.of(criterion, CriterionOutcome.UNKNOWN, Reason.of(DirectoryCodes.LABEL_GENERALIST_UNKNOWN));
    }
    boolean orientation = service.getThemes().contains(Theme.INFORMATION_ORIENTATION);
    boolean everyone = service.getPublics().contains(TargetPublic.ALL);
    if (orientation && everyone) {
      return CriterionResult.of(criterion, CriterionOutcome.MET, Reason.of(DirectoryCodes.LABEL_GENERALIST_MET));
    }
    List<Object> missing = new ArrayList<>();
    if (!orientation) {
      missing.add(Theme.INFORMATION_ORIENTATION.getLabel());
    }
    if (!everyone) {
      missing.add(TargetPublic.ALL.getLabel());
    }
    return CriterionResult.of(criterion, CriterionOutcome.NOT_MET,
        Reason.of(DirectoryCodes.LABEL_GENERALIST_NOT_MET, join(missing)));
  }

  static CriterionResult contact(Service service) {
    LabelCriterion criterion = LabelCriterion.IN_PERSON_PHONE_EMAIL;
    Set<AccessMode> modes = service.getAccessModes();
    if (modes.isEmpty()) {
      return CriterionResult.of(criterion, CriterionOutcome.UNKNOWN, Reason.of(DirectoryCodes.LABEL_CONTACT_UNKNOWN));
    }
    List<Object> missing = new ArrayList<>();
    for (AccessMode mode : List.of(AccessMode.IN_PERSON, AccessMode.PHONE, AccessMode.EMAIL)) {
      if (!modes.contains(mode)) {
        missing.add(mode.getLabel());
      }
    }
    return missing.isEmpty()
        ? CriterionResult.of(criterion, CriterionOutcome.MET, Reason.of(DirectoryCodes.LABEL_CONTACT_MET))
        : CriterionResult.of(criterion, CriterionOutcome.NOT_MET,
            Reason.of(DirectoryCodes.LABEL_CONTACT_NOT_MET, join(missing)));
  }

  CriterionResult hours(Service service) {
    LabelCriterion criterion = LabelCriterion.EXTENDED_HOURS;
    OpeningHours known = null;
    for (ServiceAtSite location : service.getLocations()) {
      java.util.Optional<OpeningHours> hours = directory.hoursAt(service, location);
      if (hours.isPresent()) {
        if (isExtended(hours.get())) {
          return CriterionResult.of(criterion, CriterionOutcome.MET,
              Reason.of(DirectoryCodes.LABEL_HOURS_MET, hours.get().toString()));
        }
        known = hours.get();
      }
    }
    return known == null
        ? CriterionResult.of(criterion, CriterionOutcome.UNKNOWN, Reason.of(DirectoryCodes.LABEL_HOURS_UNKNOWN))
        : CriterionResult.of(criterion, CriterionOutcome.NOT_MET,
            Reason.of(DirectoryCodes.LABEL_HOURS_NOT_MET, known.toString()));
  }

  /** Weekly hours from which opening hours count as extended. */
  public static final java.time.Duration EXTENDED_WEEKLY_HOURS = java.time.Duration.ofHours(40);

  /** Closing time after which a day counts as an extended day. */
  public static final java.time.LocalTime EXTENDED_EVENING = java.time.LocalTime.of(18, 0);

  /**
   * Tells whether weekly hours are extended: open at least {@link #EXTENDED_WEEKLY_HOURS} a week, or
   * after {@link #EXTENDED_EVENING} on some day, or on Saturday or Sunday.
   *
   * @param hours the weekly hours; not null
   * @return true when extended
   */
  public static boolean isExtended(OpeningHours hours) {
    java.time.Duration total = java.time.Duration.ZERO;
    for (java.util.Map.Entry<java.time.DayOfWeek, List<TimeRange>> day : hours.getDays().entrySet()) {
      if (day.getKey() == java.time.DayOfWeek.SATURDAY || day.getKey() == java.time.DayOfWeek.SUNDAY) {
        return true;
      }
      for (TimeRange range : day.getValue()) {
        total = total.plus(range.getDuration());
        if (range.isOvernight() || range.getEnd().isAfter(EXTENDED_EVENING)
            || range.getEnd().equals(java.time.LocalTime.MIDNIGHT)) {
          return true;
        }
      }
    }
    return total.compareTo(EXTENDED_WEEKLY_HOURS) >= 0;
  }

  static CriterionResult free(Service service) {
    LabelCriterion criterion = LabelCriterion.FREE;
    if (service.getCost().isEmpty()) {
      return CriterionResult.of(criterion, CriterionOutcome.UNKNOWN, Reason.of(DirectoryCodes.LABEL_FREE_UNKNOWN));
    }
    Cost cost = service.getCost().get();
    return cost == Cost.FREE
        ? CriterionResult.of(criterion, CriterionOutcome.MET, Reason.of(DirectoryCodes.LABEL_FREE_MET))
        : CriterionResult.of(criterion, CriterionOutcome.NOT_MET,
            Reason.of(DirectoryCodes.LABEL_FREE_NOT_MET, cost.label()));
  }

  static CriterionResult network(Service service) {
    LabelCriterion criterion = LabelCriterion.COMMON_NETWORK;
    if (service.getLabelNetwork().isEmpty()) {
      return CriterionResult.of(criterion, CriterionOutcome.UNKNOWN, Reason.of(DirectoryCodes.LABEL_NETWORK_UNKNOWN));
    }
    return service.getLabelNetwork().get()
        ? CriterionResult.of(criterion, CriterionOutcome.MET, Reason.of(DirectoryCodes.LABEL_NETWORK_MET))
        : CriterionResult.of(criterion, CriterionOutcome.NOT_MET, Reason.of(DirectoryCodes.LABEL_NETWORK_NOT_MET));
  }

  private static brussels.socialhealth.core.LocalizedText join(List<Object> labels) {
    brussels.socialhealth.core.LocalizedText.Builder text = brussels.socialhealth.core.LocalizedText.builder();
    for (brussels.socialhealth.core.Language language : brussels.socialhealth.core.Messages.MESSAGE_LANGUAGES) {
      text.putValue(language, labels.stream()
          .map(l -> ((brussels.socialhealth.core.LocalizedText) l).get(language))
          .collect(Collectors.joining(", ")));
    }
    return text.build();
  }

  /**
   * Computes the geographic balance of labelled points across the communes of a bassin, as the territory
   * registry lists them.
   *
   * @param bassin the bassin, for example {@code bassin:SUD_EST}; not null
   * @param territory the registry; not null
   * @return the balance per commune
   */
  public LabelBalance balance(TerritoryRef bassin, brussels.socialhealth.territory.Territory territory) {
    List<TerritoryRef> communes = territory.children(bassin).stream()
        .filter(ref -> ref.getLevel() == brussels.socialhealth.territory.TerritorialLevel.COMMUNE)
        .collect(Collectors.toList());
    return balance(bassin, communes);
  }

  /**
   * Computes the geographic balance of labelled points across a bassin's units.
   *
   * @param bassin the bassin, for example {@code bassin:SUD_EST}; not null
   * @param units its communes or neighbourhood groupings, from the territory registry; not null
   * @return the balance; a labelled service counts in every unit where it has a site
   */
  public LabelBalance balance(TerritoryRef bassin, List<TerritoryRef> units) {
    List<LabelAssessment> assessments = assessAll();
    var builder = LabelBalance.builder().bassin(bassin);
    for (TerritoryRef unit : units) {
      Set<String> labelled = new TreeSet<>();
      Set<String> candidates = new TreeSet<>();
      for (LabelAssessment assessment : assessments) {
        Service service = directory.findService(assessment.getServiceId()).orElseThrow();
        boolean there = directory.sitesOf(service).stream()
            .anyMatch(site -> directory.unitsOf(site.getId()).contains(unit));
        if (!there) {
          continue;
        }
        if (assessment.getOutcome() == CriterionOutcome.MET) {
          labelled.add(service.getId());
        } else if (assessment.getOutcome() == CriterionOutcome.UNKNOWN) {
          candidates.add(service.getId());
        }
      }
      builder.addUnits(UnitBalance.builder().unit(unit).labelledServiceIds(labelled)
          .candidateServiceIds(candidates).build());
    }
    return builder.build();
  }
}
