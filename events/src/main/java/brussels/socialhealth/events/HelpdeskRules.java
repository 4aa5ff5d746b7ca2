package brussels.socialhealth.events;

import brussels.socialhealth.core.validation.Rule;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;

/**
 * The rules of a {@link HelpdeskCase} that need the {@link Territory} registry, reported (never thrown):
 *
 * <ul>
 *   <li>{@link EventsCodes#CASE_BASSIN_UNKNOWN} (error): the case's bassin is not in the registry;
 *   <li>{@link EventsCodes#CASE_PLACE_UNKNOWN} (warning): the situation's place is not in the registry;
 *   <li>{@link EventsCodes#CASE_PLACE_OUTSIDE_BASSIN} (warning): the place (a commune, a neighbourhood
 *       grouping or a bassin) lies outside the case's bassin; a commune split across bassins, such as
 *       Bruxelles-Ville, belongs to each of them.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class HelpdeskRules implements Rule<HelpdeskCase, Territory> {
  private static final HelpdeskRules INSTANCE = new HelpdeskRules();

  private HelpdeskRules() {}

  /**
   * Returns the shared instance, to combine with other rules.
   *
   * @return the rule
   */
  public static HelpdeskRules instance() {
    return INSTANCE;
  }

  /**
   * Checks a case against a territory registry.
   *
   * @param helpdeskCase the case; not null
   * @param territory the registry, for example {@code Territory.embedded()}; not null
   * @return the report
   */
  public static ValidationReport check(HelpdeskCase helpdeskCase, Territory territory) {
    ValidationReport.Builder report = ValidationReport.builder();
    INSTANCE.check(helpdeskCase, territory, report);
    return report.build();
  }

  @Override
  public void check(HelpdeskCase helpdeskCase, Territory territory, ValidationReport.Builder report) {
    TerritoryRef bassin = helpdeskCase.getBassin();
    boolean bassinKnown = territory.resolve(bassin).isPresent();
    if (!bassinKnown) {
      report.addViolation(Violation.error(EventsCodes.CASE_BASSIN_UNKNOWN, "bassin", bassin));
    }
    helpdeskCase.getSituation().getPlace().ifPresent(place -> {
      if (territory.resolve(place).isEmpty()) {
        report.addViolation(Violation.warning(EventsCodes.CASE_PLACE_UNKNOWN, "situation.place", place));
      } else if (bassinKnown && (place.getLevel() == TerritorialLevel.BASSIN ? !place.equals(bassin)
          : !territory.parents(place).contains(bassin))) {
        report.addViolation(Violation.warning(EventsCodes.CASE_PLACE_OUTSIDE_BASSIN, "situation.place", place,
            bassin));
      }
    });
  }
}
