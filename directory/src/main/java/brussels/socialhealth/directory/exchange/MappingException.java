package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a mapping cannot be used: it is not valid YAML, or it does not fit its target or the input's
 * header. Carries every mistake found (not just the first), each located in the mapping file (line and
 * column). No record has been read when it is thrown. The command-line tool exits with code 3.
 */
public class MappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param file the mapping file name; not null
   * @param violations the mistakes; not null, not empty
   */
  public MappingException(String file, List<Violation> violations) {
    super(file + ": " + violations.stream()
        .map(v -> v.getLine().map(l -> l + ":" + v.getColumn().orElse("") + " ").orElse("")
            + v.getMessage().get(Language.EN) + " [" + v.getCode() + "]")
        .collect(Collectors.joining("; ")));
    this.file = file;
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns the mapping file name.
   *
   * @return the name
   */
  public String getFile() {
    return file;
  }

  /**
   * Returns every mistake found, each with its line and column in the mapping file.
   *
   * @return an unmodifiable list
   */
  public List<Violation> getViolations() {
    return violations;
  }
}
