package brussels.socialhealth.directory.exchange;

import static java.util.Objects.requireNonNull;

import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.exchange.internal.RecordMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Imports one partner export with a checked {@link Mapping} into an {@link ExchangeTarget}: streams the
 * records, maps and builds each, hands accepted values to a sink as they come, writes rejected records to
 * an optional rejects file in the input's own format, and returns an {@link ImportReport} whose counts add
 * up to the records read.
 *
 * <p>Memory does not grow with the input as long as the sink does not keep what it receives: the report
 * details at most {@link #withRecordLimit(int) a limit} of problem records (10,000 by default) and only
 * counts the others.
 *
 * <p>Immutable and thread-safe; each {@link #run} is independent.
 *
 * @param <T> the type built from each record
 */
public final class Importer<T> {
  /** Default number of problem records detailed in a report. */
  public static final int DEFAULT_RECORD_LIMIT = 10_000;

  private final Mapping mapping;
  private final ExchangeTarget<T> target;
  private final RecordMapper mapper;
  private final int recordLimit;

  private Importer(Mapping mapping, ExchangeTarget<T> target, int recordLimit) {
    this.mapping = mapping;
    this.target = target;
    this.mapper = new RecordMapper(mapping, target);
    this.recordLimit = recordLimit;
  }

  /**
   * Creates an importer, checking the mapping against the target first.
   *
   * @param mapping the mapping; not null
   * @param target the target; not null
   * @param <T> the type built
   * @return the importer
   * @throws MappingException if the mapping does not fit the target (each mistake located in the file)
   */
  public static <T> Importer<T> of(Mapping mapping, ExchangeTarget<T> target) {
    requireNonNull(mapping, "mapping");
    requireNonNull(target, "target");
    List<Violation> problems = mapping.check(target);
    if (!problems.isEmpty()) {
      throw new MappingException(mapping.getFile(), problems);
    }
    return new Importer<>(mapping, target, DEFAULT_RECORD_LIMIT);
  }

  /**
   * Returns a copy that details at most this many problem records in its reports.
   *
   * @param limit the limit, zero or more
   * @return the copy
   */
  public Importer<T> withRecordLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new Importer<>(mapping, target, limit);
  }

  /**
   * Returns the mapping.
   *
   * @return the mapping
   */
  public Mapping getMapping() {
    return mapping;
  }

  /**
   * Runs an import.
   *
   * @param input the partner export; not null
   * @param sink receives each accepted value, in input order; not null
   * @param rejects where to write rejected records in the input's format, or null for none
   * @param listener told after each record; not null
   * @return the report
   * @throws IOException if the input cannot be read or the rejects file written
   * @throws ImportInputException if the input is unusable before its first record (empty, wrong shape,
   *     declared UTF-8 but is not)
   * @throws MappingException if the mapping reads columns the header does not have
   */
  public ImportReport run(ImportInput input, Consumer<? super Imported<T>> sink, OutputStream rejects,
      ImportListener listener) throws IOException {
    requireNonNull(sink, "sink");
    requireNonNull(listener, "listener");
    try (RecordReader reader = RecordReaders.open(input, mapping.getFormat(), mapping.getEncoding(),
        mapping.getSeparator())) {
      List<Violation> columnProblems = mapping.checkColumns(reader.getHeader());
      if (!columnProblems.isEmpty()) {
        throw new MappingException(mapping.getFile(), columnProblems);
      }
      ImmutableImportReport.Builder report = ImportReport.builder()
          .input(input.getName())
          .mapping(mapping.getFile())
          .source(mapping.getSource())
          .target(target.getName())
          .format(reader.getFormat())
          .encoding(reader.getEncoding())
          .separator(reader.getSeparator().map(c -> c == '\t' ? "\\t" : String.valueOf(c)))
          .addAllNotes(reader.getNotes());
      TreeMap<String, Long> codes = new TreeMap<>();
      long read = 0;
      long accepted = 0;
      long warned = 0;
      long rejected = 0;
      long omitted = 0;
      int detailed = 0;
      RecordReader.RejectsWriter rejectsWriter = rejects == null ? null : reader.openRejects(rejects);
      try {
        while (true) {
          Optional<SourceRecord> next;
          try {
            next = reader.next();
          } catch (ImportInputException e) {
            report.complete(false).addNotes(e.getViolation());
            codes.merge(e.getViolation().getCode(), 1L, Long::sum);
            break;
          }
          if (next.isEmpty()) {
            break;
          }
          SourceRecord record = next.get();
          read++;
          ValidationReport.Builder problems = ValidationReport.builder();
          Optional<T> value = Optional.empty();
          MappedRecord mapped = null;
          if (record.getProblem().isPresent()) {
            problems.addViolations(record.getProblem().get());
          } else {
            mapped = mapper.map(record, problems);
            if (problems.build().isValid()) {
              value = target.build(mapped, problems);
            }
          }
          ValidationReport found = problems.build();
          RecordStatus status;
          if (!found.isValid() || value.isEmpty()) {
            status = RecordStatus.REJECTED;
            rejected++;
            if (found.isValid()) {
              found = found.merge(ValidationReport.of(List.of(
                  Violation.error(ExchangeCodes.RECORD_FAILED, "", null).at(record.getLine(), null))));
            }
            if (rejectsWriter != null) {
              rejectsWriter.write(record);
            }
          } else if (!found.getViolations().isEmpty()) {
            status = RecordStatus.ACCEPTED_WITH_WARNINGS;
            warned++;
          } else {
            status = RecordStatus.ACCEPTED;
            accepted++;
          }
          if (status != RecordStatus.REJECTED) {
            sink.accept(new Imported<>(value.get(), mapped, found.getViolations()));
          }
          if (!found.getViolations().isEmpty()) {
            for (Violation violation : found.getViolations()) {
              codes.merge(violation.getCode(), 1L, Long::sum);
            }
            if (detailed < recordLimit) {
              detailed++;
              report.addRecords(RecordOutcome.builder()
                  .number(record.getNumber())
                  .line(record.getLine())
                  .id(Optional.ofNullable(mapped).flatMap(MappedRecord::getId))
                  .status(status)
                  .violations(found.getViolations())
                  .build());
            } else {
              omitted++;
            }
          }
          listener.recordDone(read, status);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } finally {
        if (rejectsWriter != null) {
          rejectsWriter.close();
        }
      }
      return report.read(read).accepted(accepted).acceptedWithWarnings(warned).rejected(rejected)
          .codes(codes).omittedRecords(omitted).build();
    }
  }

  /**
   * Runs an import without rejects file nor listener.
   *
   * @param input the partner export; not null
   * @param sink receives each accepted value; not null
   * @return the report
   * @throws IOException if the input cannot be read
   */
  public ImportReport run(ImportInput input, Consumer<? super Imported<T>> sink) throws IOException {
    return run(input, sink, null, ImportListener.NONE);
  }

  /**
   * Returns a short description.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Importer{" + mapping.getFile() + " -> " + target.getName() + "}";
  }

  /**
   * Collects accepted values into a list: for tests and small inputs.
   *
   * @param <T> the value type
   * @return a new list-backed sink
   */
  public static <T> ListSink<T> toList() {
    return new ListSink<>();
  }

  /**
   * A sink that keeps every accepted record in memory. Not thread-safe.
   *
   * @param <T> the value type
   */
  public static final class ListSink<T> implements Consumer<Imported<T>> {
    private final List<Imported<T>> items = new ArrayList<>();

    private ListSink() {}

    @Override
    public void accept(Imported<T> imported) {
      items.add(imported);
    }

    /**
     * Returns what was received.
     *
     * @return the live list
     */
    public List<Imported<T>> items() {
      return items;
    }
  }
}
