package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.internal.Texts;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The exact account of one import: what was read (input, mapping, encoding, separator), how many records
 * ended accepted, accepted with warnings and rejected (always adding up to the records read), the notes
 * about the input as a whole, the count of each violation code, every record that had a problem with its
 * violations (up to a limit; beyond it records are counted in {@link #getOmittedRecords()} and their codes
 * still counted), and the merges of duplicates.
 *
 * <p>JSON form: see {@code docs/integration.md}; {@link #toText(Language)} gives a readable summary.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"schemaVersion", "input", "mapping", "source", "target", "format", "encoding", "separator",
    "complete", "read", "accepted", "acceptedWithWarnings", "rejected", "notes", "codes", "records",
    "omittedRecords", "merges"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableImportReport.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableImportReport.class)
public abstract class ImportReport {
  /** The schema version of the report document. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Returns the schema version of the document.
   *
   * @return {@value #SCHEMA_VERSION}
   */
  @Value.Default
  public int getSchemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Returns the input's name.
   *
   * @return the name
   */
  public abstract String getInput();

  /**
   * Returns the mapping file's name.
   *
   * @return the name
   */
  public abstract String getMapping();

  /**
   * Returns the source system name.
   *
   * @return the name
   */
  public abstract String getSource();

  /**
   * Returns the target name.
   *
   * @return the name
   */
  public abstract String getTarget();

  /**
   * Returns the input's shape.
   *
   * @return the format
   */
  public abstract InputFormat getFormat();

  /**
   * Returns the encoding used.
   *
   * @return the charset name
   */
  public abstract String getEncoding();

  /**
   * Returns the CSV separator used.
   *
   * @return the separator, empty for JSON
   */
  public abstract Optional<String> getSeparator();

  /**
   * Tells whether the input was read to its end; false when it broke (see {@link #getNotes()}).
   *
   * @return true if complete
   */
  @Value.Default
  public boolean isComplete() {
    return true;
  }

  /**
   * Returns the number of records read.
   *
   * @return the count
   */
  public abstract long getRead();

  /**
   * Returns the number of records accepted without any problem.
   *
   * @return the count
   */
  public abstract long getAccepted();

  /**
   * Returns the number of records accepted with warnings.
   *
   * @return the count
   */
  public abstract long getAcceptedWithWarnings();

  /**
   * Returns the number of records rejected.
   *
   * @return the count
   */
  public abstract long getRejected();

  /**
   * Returns what concerns the input as a whole (detected encoding or separator, the error that stopped
   * reading).
   *
   * @return an immutable list
   */
  public abstract List<Violation> getNotes();

  /**
   * Returns how many times each code was reported, over all records (including omitted ones).
   *
   * @return an immutable map sorted by code
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, Long> getCodes();

  /**
   * Returns every record that had a problem, in input order, up to the importer's limit.
   *
   * @return an immutable list
   */
  public abstract List<RecordOutcome> getRecords();

  /**
   * Returns how many records with problems were left out of {@link #getRecords()} because of the limit.
   *
   * @return the count
   */
  @Value.Default
  public long getOmittedRecords() {
    return 0;
  }

  /**
   * Returns the merges of duplicates.
   *
   * @return an immutable list
   */
  public abstract List<RecordMerge> getMerges();

  /**
   * Checks that the counts add up to the records read.
   *
   * @throws InvalidValueException {@code directory.exchange.report.counts} when they do not
   */
  @Value.Check
  protected void check() {
    if (getRead() != getAccepted() + getAcceptedWithWarnings() + getRejected() || getRead() < 0
        || getAccepted() < 0 || getAcceptedWithWarnings() < 0 || getRejected() < 0) {
      throw new InvalidValueException(ExchangeCodes.REPORT_COUNTS, getRead(), getAccepted(),
          getAcceptedWithWarnings(), getRejected());
    }
  }

  /**
   * Tells whether every record was accepted without warning and the input read to its end.
   *
   * @return true if clean
   */
  @JsonIgnore
  public boolean isClean() {
    return isComplete() && getRejected() == 0 && getAcceptedWithWarnings() == 0;
  }

  /**
   * Returns a copy with merges added.
   *
   * @param merges the merges; not null
   * @return the copy
   */
  public ImportReport withMerges(List<RecordMerge> merges) {
    Iterable<RecordMerge> all = merges;
    return ImmutableImportReport.copyOf(this).withMerges(all);
  }

  /**
   * Returns a readable summary in one language: title, counts, input notes, counts per code, then one line
   * per problem ({@code line, column, code, message}) and one per merge, starting with the kind of entity
   * merged.
   *
   * @param language the language; not null
   * @return the text, lines ended by {@code \n}
   */
  public String toText(Language language) {
    StringBuilder text = new StringBuilder();
    text.append(Messages.render(ExchangeCodes.REPORT_TITLE, getInput(), getMapping(), getSource()).get(language))
        .append('\n');
    text.append(Messages.render(ExchangeCodes.REPORT_COUNTS, getRead(), getAccepted(), getAcceptedWithWarnings(),
        getRejected()).get(language)).append('\n');
    if (!isComplete()) {
      text.append(Messages.render(ExchangeCodes.REPORT_INCOMPLETE).get(language)).append('\n');
    }
    for (Violation note : getNotes()) {
      text.append(line(note, language)).append('\n');
    }
    if (!getCodes().isEmpty()) {
      text.append(Messages.render(ExchangeCodes.REPORT_CODES).get(language)).append('\n');
      for (Map.Entry<String, Long> entry : getCodes().entrySet()) {
        text.append("  ").append(entry.getKey()).append(": ").append(entry.getValue()).append('\n');
      }
    }
    for (RecordOutcome record : getRecords()) {
      for (Violation violation : record.getViolations()) {
        text.append(line(violation, language)).append('\n');
      }
    }
    if (getOmittedRecords() > 0) {
      text.append(Messages.render(ExchangeCodes.REPORT_OMITTED, getOmittedRecords()).get(language)).append('\n');
    }
    for (RecordMerge merge : getMerges()) {
      text.append(Texts.render(ExchangeCodes.REPORT_MERGE, merge.getRule(), ref(merge.getKept()),
          ref(merge.getMerged()), merge.getEntity().label()).get(language)).append(" (").append(merge.getKey()).append(")\n");
    }
    return text.toString();
  }

  private static String ref(RecordMerge.RecordRef ref) {
    return ref.getInput() + ":" + ref.getLine() + ref.getId().map(id -> " [" + id + "]").orElse("");
  }

  private static String line(Violation violation, Language language) {
    String severity = violation.isError() ? "E" : "W";
    return severity + " " + Messages.render(ExchangeCodes.REPORT_PROBLEM,
        violation.getLine().map(String::valueOf).orElse("-"),
        violation.getColumn().orElse("-"),
        violation.getCode(),
        violation.getMessage().get(language)).get(language);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableImportReport.Builder builder() {
    return ImmutableImportReport.builder();
  }
}
