package brussels.socialhealth.directory.exchange;

/**
 * A place in a mapping file, to report a mapping mistake where it is.
 *
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record MappingPosition(long line, long column) {
  /** The position used for mappings built in code: line 1, column 1. */
  public static final MappingPosition NONE = new MappingPosition(1, 1);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
