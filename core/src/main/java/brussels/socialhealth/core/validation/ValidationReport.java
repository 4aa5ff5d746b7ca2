package brussels.socialhealth.core.validation;

import brussels.socialhealth.core.SocialHealthStyle;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of validating something: the list of {@link Violation}s found, in the order found.
 * A report is {@linkplain #isValid() valid} when it holds no error (warnings are allowed).
 * Immutable and thread-safe; never thrown.
 */
@Value.Immutable
@SocialHealthStyle
@JsonPropertyOrder({"valid", "errorCount", "warningCount", "violations"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableValidationReport.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableValidationReport.class)
public abstract class ValidationReport {

  /**
   * Returns every violation, in the order found.
   *
   * @return an immutable list
   */
  public abstract List<Violation> getViolations();

  /**
   * Tells whether the report holds no error.
   *
   * @return true when there is no error; warnings do not count
   */
  @Value.Derived
  public boolean isValid() {
    return getViolations().stream().noneMatch(Violation::isError);
  }

  /**
   * Returns the number of errors.
   *
   * @return the count
   */
  @Value.Derived
  public int getErrorCount() {
    return (int) getViolations().stream().filter(Violation::isError).count();
  }

  /**
   * Returns the number of warnings.
   *
   * @return the count
   */
  @Value.Derived
  public int getWarningCount() {
    return getViolations().size() - getErrorCount();
  }

  /**
   * Returns the errors only.
   *
   * @return an immutable list
   */
  @JsonIgnore
  public List<Violation> getErrors() {
    return getViolations().stream().filter(Violation::isError).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the warnings only.
   *
   * @return an immutable list
   */
  @JsonIgnore
  public List<Violation> getWarnings() {
    return getViolations().stream().filter(v -> !v.isError()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether some violation has the given code.
   *
   * @param code the code
   * @return true if present
   */
  public boolean hasCode(String code) {
    return getViolations().stream().anyMatch(v -> v.getCode().equals(code));
  }

  /**
   * Returns the empty (valid) report.
   *
   * @return a report with no violation
   */
  public static ValidationReport empty() {
    return builder().build();
  }

  /**
   * Creates a report from violations.
   *
   * @param violations the violations; not null
   * @return the report
   */
  public static ValidationReport of(Collection<? extends Violation> violations) {
    return builder().addAllViolations(violations).build();
  }

  /**
   * Returns a new builder; a builder is also the sink that {@link Rule}s write to.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects violations; obtained from {@link ValidationReport#builder()}. Not thread-safe. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    Builder() {}
  }

  /**
   * Returns a report holding this report's violations followed by the other's.
   *
   * @param other another report; not null
   * @return the merged report
   */
  public ValidationReport merge(ValidationReport other) {
    List<Violation> all = new ArrayList<>(getViolations());
    all.addAll(other.getViolations());
    return of(all);
  }

  /**
   * Returns a copy whose paths are all prefixed, for reports about nested objects.
   *
   * @param prefix the path of the nested object
   * @return the copy
   */
  public ValidationReport prefixed(String prefix) {
    return of(getViolations().stream().map(v -> v.prefixed(prefix)).collect(Collectors.toList()));
  }

  @Override
  public String toString() {
    return "ValidationReport{errors=" + getErrorCount() + ", warnings=" + getWarningCount()
        + ", codes=" + getViolations().stream().map(Violation::getCode).collect(Collectors.toList()) + "}";
  }
}
