package brussels.socialhealth.examples.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every {@code socialhealth} command, documented in {@code docs/cli.md} and listed by
 * {@code socialhealth --help} from {@link #descriptions()}.
 *
 * <p>Constants only; not instantiable. A new code needs its constant and its line in
 * {@link #descriptions()}, and a row in the table of {@code docs/cli.md}; tests check all three agree.
 */
public final class ExitCodes {
  private ExitCodes() {}

  /** The command did what was asked, and the data it looked at (if any) is valid. */
  public static final int OK = 0;
  /**
   * The command ran, but the data it checked holds errors (a validation report that is not valid), or
   * {@code import --fail-on warning} met records accepted with warnings.
   */
  public static final int INVALID_DATA = 1;
  /** {@code import} only: some input records were rejected (see the report and the rejects file). */
  public static final int REJECTED = 2;
  /** A file could not be read or written, or ({@code import}) the mapping or the input cannot be used. */
  public static final int IO = 3;
  /**
   * The command line is wrong: unknown option, missing or malformed argument, rejected value. 64 is
   * {@code EX_USAGE} of BSD's sysexits, so that it never collides with {@link #REJECTED}.
   */
  public static final int USAGE = 64;
  /** An unexpected failure: a bug, please report it with the stack trace printed on standard error. */
  public static final int SOFTWARE = 70;

  private static final Map<Integer, String> DESCRIPTIONS = descriptionTable();

  private static Map<Integer, String> descriptionTable() {
    Map<Integer, String> table = new LinkedHashMap<>();
    table.put(OK, "done; the data checked, if any, is valid");
    table.put(INVALID_DATA, "the data checked holds errors (import: warnings and --fail-on warning)");
    table.put(REJECTED, "import only: some input records were rejected");
    table.put(IO, "a file cannot be read or written (import: unusable mapping or input)");
    table.put(USAGE, "wrong command line: unknown option, bad argument, rejected value");
    table.put(SOFTWARE, "unexpected failure, a bug: please report the stack trace");
    return Collections.unmodifiableMap(table);
  }

  /**
   * Returns every exit code with its short meaning in English, in increasing order of code: the one
   * table {@code socialhealth --help} prints.
   *
   * @return the codes and their meanings, unmodifiable, never null
   */
  public static Map<Integer, String> descriptions() {
    return DESCRIPTIONS;
  }
}
