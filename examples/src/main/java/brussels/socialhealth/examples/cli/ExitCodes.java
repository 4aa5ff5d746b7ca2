package brussels.socialhealth.examples.cli;

/**
 * The exit codes of every {@code socialhealth} command, documented in {@code docs/cli.md}.
 *
 * <p>Constants only; not instantiable.
 */
public final class ExitCodes {
  private ExitCodes() {}

  /** The command did what was asked, and the data it looked at (if any) is valid. */
  public static final int OK = 0;
  /** The command ran, but the data it checked holds errors (a validation report that is not valid). */
  public static final int INVALID_DATA = 1;
  /**
   * The command line is wrong: unknown option, missing or malformed argument, rejected value. 64 is
   * {@code EX_USAGE} of BSD's sysexits; 2 is kept for the {@code import} command's "records rejected".
   */
  public static final int USAGE = 64;
  /** A file could not be read or written. */
  public static final int IO = 3;
  /** An unexpected failure: a bug, please report it with the stack trace printed on standard error. */
  public static final int SOFTWARE = 70;
}
