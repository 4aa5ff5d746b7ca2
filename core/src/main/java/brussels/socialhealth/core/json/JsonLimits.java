package brussels.socialhealth.core.json;

/**
 * The bounds applied when reading untrusted JSON, identical for both Jackson lines. The defaults fit
 * every canonical document of the library with a wide margin; raise them per reader when needed.
 *
 * <p>The nesting depth is capped at {@link #MAX_NESTING_DEPTH}: the readers work recursively, and a higher
 * bound could let a hostile document exhaust the thread's stack.
 *
 * @param maxNestingDepth deepest allowed nesting of objects and arrays, 1 to {@value #MAX_NESTING_DEPTH}
 * @param maxStringLength longest allowed string value, in characters
 * @param maxNumberLength longest allowed number literal, in characters
 * @param maxNameLength longest allowed property name, in characters
 * @param maxDocumentLength largest allowed document, in bytes or characters
 */
public record JsonLimits(
    int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength, long maxDocumentLength) {

  /** The highest nesting depth a reader may allow. */
  public static final int MAX_NESTING_DEPTH = 1000;

  /** The defaults: depth 64, strings 1,000,000, numbers 64, names 256, documents 256 MB. */
  public static final JsonLimits DEFAULT = new JsonLimits(64, 1_000_000, 64, 256, 256L * 1024 * 1024);

  /**
   * Checks that every bound is positive.
   *
   * @param maxNestingDepth deepest allowed nesting of objects and arrays, 1 to {@value #MAX_NESTING_DEPTH}
   * @param maxStringLength longest allowed string value, in characters
   * @param maxNumberLength longest allowed number literal, in characters
   * @param maxNameLength longest allowed property name, in characters
   * @param maxDocumentLength largest allowed document, in bytes or characters
   * @throws IllegalArgumentException if a bound is zero or negative, or the depth above
   *     {@value #MAX_NESTING_DEPTH}
   */
  public JsonLimits {
    if (maxNestingDepth <= 0 || maxNestingDepth > MAX_NESTING_DEPTH || maxStringLength <= 0 || maxNumberLength <= 0 || maxNameLength <= 0
        || maxDocumentLength <= 0) {
      throw new IllegalArgumentException(String.format(
          "JSON limits must be positive (depth at most %d): depth %d, string %d, number %d, name %d, document %d",
          MAX_NESTING_DEPTH, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength));
    }
  }
}
