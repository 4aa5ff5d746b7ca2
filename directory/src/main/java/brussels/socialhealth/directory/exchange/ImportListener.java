package brussels.socialhealth.directory.exchange;

/**
 * Told about the progress of an import, for progress bars. Called on the importing thread; must be quick.
 */
@FunctionalInterface
public interface ImportListener {
  /** A listener that does nothing. */
  ImportListener NONE = (read, outcome) -> { };

  /**
   * Called after each record.
   *
   * @param read the records read so far
   * @param status what became of the last one
   */
  void recordDone(long read, RecordStatus status);
}
