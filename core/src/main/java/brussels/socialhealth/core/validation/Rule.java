package brussels.socialhealth.core.validation;

/**
 * A business rule that needs context to be checked: a site's postal code against the territory
 * registry, a service's coverage against its organisation's reach. Rules report, they never throw on
 * bad data.
 *
 * @param <T> what is checked
 * @param <C> the context the rule needs (a registry, a directory...); use {@code Void} when none
 */
@FunctionalInterface
public interface Rule<T, C> {
  /**
   * Checks a value and adds what is wrong to the report.
   *
   * @param value the value; not null
   * @param context the context; may be null only if the rule says so
   * @param report where violations are added
   */
  void check(T value, C context, ValidationReport.Builder report);
}
