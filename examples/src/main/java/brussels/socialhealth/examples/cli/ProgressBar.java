package brussels.socialhealth.examples.cli;

import static java.util.Objects.requireNonNull;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.directory.exchange.ImportListener;
import brussels.socialhealth.directory.exchange.RecordStatus;
import brussels.socialhealth.examples.ExamplesCodes;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress bar of {@code socialhealth import} on a terminal: the share of the input file's bytes
 * consumed and the records read, for example {@code [#########-----------]  45%  12,345 records},
 * redrawn in place with {@code \r} at most every {@value #INTERVAL_MILLIS} ms, and ended with a new line by
 * {@link #finish()}. When the size of the input is unknown (zero) only the records are counted. When the
 * output is not a terminal nothing is ever printed.
 *
 * <p>Mutable (remembers what it drew); one instance per import, used on the importing thread.
 */
final class ProgressBar implements ImportListener {
  /** The number of cells of the bar. */
  static final int WIDTH = 20;
  /** The shortest time between two redraws, in milliseconds. */
  static final long INTERVAL_MILLIS = 100;

  private final PrintWriter out;
  private final boolean terminal;
  private final Language language;
  private final long totalBytes;
  private final LongSupplier bytesRead;
  private final LongSupplier nanoClock;
  private final NumberFormat numbers;
  private boolean drawn;
  private long lastDraw;
  private long records;
  private int lastLength;

  /**
   * Creates a progress bar.
   *
   * @param out where to draw (the error output); not null
   * @param terminal whether {@code out} is a terminal; if not, nothing is printed
   * @param language the language of the words; not null
   * @param totalBytes the size of the input in bytes, 0 if unknown
   * @param bytesRead how many bytes of the input were consumed so far; not null
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}); not null
   */
  ProgressBar(PrintWriter out, boolean terminal, Language language, long totalBytes, LongSupplier bytesRead,
      LongSupplier nanoClock) {
    this.out = requireNonNull(out, "out");
    this.terminal = terminal;
    this.language = requireNonNull(language, "language");
    this.totalBytes = Math.max(0, totalBytes);
    this.bytesRead = requireNonNull(bytesRead, "bytesRead");
    this.nanoClock = requireNonNull(nanoClock, "nanoClock");
    this.numbers = NumberFormat.getIntegerInstance(language.toLocale());
  }

  /**
   * Renders one state of the bar, without {@code \r} nor new line.
   *
   * @param bytesRead the bytes consumed
   * @param totalBytes the size of the input, 0 (or less) if unknown: then only the records are shown
   * @param records the records read
   * @return the line, for example {@code [#########-----------]  45%  12,345 records}
   */
  String render(long bytesRead, long totalBytes, long records) {
    String count = Messages.render(ExamplesCodes.IMPORT_PROGRESS_RECORDS, numbers.format(records)).get(language);
    if (totalBytes <= 0) {
      return count;
    }
    long done = Math.max(0, Math.min(bytesRead, totalBytes));
    int percent = (int) (done * 100 / totalBytes);
    int filled = (int) (done * WIDTH / totalBytes);
    return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]" + String.format(Locale.ROOT, "%4d%%", percent)
        + "  " + count;
  }

  @Override
  public void recordDone(long read, RecordStatus status) {
    records = read;
    if (!terminal) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (!drawn || now - lastDraw >= TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS)) {
      draw();
      lastDraw = now;
    }
  }

  /**
   * Draws the last state and ends the line, if anything was drawn; call it before printing anything else.
   * Does nothing when not a terminal or when no record was read.
   */
  void finish() {
    if (terminal && drawn) {
      draw();
      out.println();
      out.flush();
      drawn = false;
    }
  }

  private void draw() {
    String line = render(bytesRead.getAsLong(), totalBytes, records);
    String padding = " ".repeat(Math.max(0, lastLength - line.length()));
    out.print("\r" + line + padding);
    out.flush();
    lastLength = line.length();
    drawn = true;
  }
}
