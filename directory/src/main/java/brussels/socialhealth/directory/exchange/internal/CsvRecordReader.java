package brussels.socialhealth.directory.exchange.internal;

import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.directory.exchange.ImportInput;
import brussels.socialhealth.directory.exchange.ImportInputException;
import brussels.socialhealth.directory.exchange.InputFormat;
import brussels.socialhealth.directory.exchange.RecordReader;
import brussels.socialhealth.directory.exchange.SourceRecord;
import brussels.socialhealth.directory.exchange.csv.CsvDialect;
import brussels.socialhealth.directory.exchange.csv.CsvReader;
import brussels.socialhealth.directory.exchange.csv.CsvRow;
import brussels.socialhealth.directory.exchange.csv.CsvWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a CSV export with a header row as {@link SourceRecord}s. */
public final class CsvRecordReader implements RecordReader {
  private static final int HEADER_PEEK = 1 << 20;

  private final CsvReader csv;
  private final CsvDialect dialect;
  private final List<String> rawHeader;
  private final List<String> header;
  private final Map<String, Integer> index;
  private final List<Violation> notes;
  private long count;

  private CsvRecordReader(CsvReader csv, CsvDialect dialect, List<String> rawHeader, List<Violation> notes) {
    this.csv = csv;
    this.dialect = dialect;
    this.rawHeader = List.copyOf(rawHeader);
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : rawHeader) {
      String trimmed = name.strip();
      names.add(trimmed);
      if (!seen.add(trimmed)) {
        notes.add(Violation.warning(ExchangeCodes.CSV_DUPLICATE_COLUMN, "", trimmed).at(1, trimmed));
      }
    }
    this.header = List.copyOf(names);
    this.index = SourceRecord.indexOf(header);
    this.notes = List.copyOf(notes);
  }

  /**
   * Opens a CSV input and reads its header row.
   *
   * @param input the input
   * @param declaredCharset the declared encoding, empty to detect
   * @param declaredSeparator the declared separator, empty to detect from the header
   * @return the reader, positioned after the header
   * @throws IOException if reading fails
   * @throws ImportInputException if the input is empty or its encoding is wrong
   */
  public static CsvRecordReader open(ImportInput input, Optional<Charset> declaredCharset,
      Optional<Character> declaredSeparator) throws IOException {
    List<Violation> notes = new ArrayList<>();
    TextDecoding.Decoded decoded = TextDecoding.open(input, declaredCharset, notes);
    BufferedReader reader = new BufferedReader(decoded.reader(), 1 << 16);
    char separator;
    if (declaredSeparator.isPresent()) {
      separator = declaredSeparator.get();
    } else {
      reader.mark(HEADER_PEEK);
      StringBuilder first = new StringBuilder();
      int c;
      while ((c = reader.read()) >= 0 && c != '\n' && c != '\r' && first.length() < HEADER_PEEK - 1) {
        first.append((char) c);
      }
      reader.reset();
      separator = CsvReader.detectSeparator(first.toString());
      notes.add(Violation.warning(ExchangeCodes.CSV_SEPARATOR_DETECTED, "",
          separator == '\t' ? "\\t" : String.valueOf(separator)).at(1, null));
    }
    CsvReader csv = new CsvReader(reader, separator);
    Optional<CsvRow> header = csv.next();
    if (header.isEmpty()) {
      csv.close();
      throw new ImportInputException(Violation.error(ExchangeCodes.INPUT_EMPTY, "", input.getName()), null);
    }
    CsvDialect dialect = CsvDialect.of(separator, decoded.charset(), decoded.byteOrderMark());
    return new CsvRecordReader(csv, dialect, header.get().fields(), notes);
  }

  /**
   * Returns the dialect found (separator, encoding, byte-order mark).
   *
   * @return the dialect
   */
  public CsvDialect getDialect() {
    return dialect;
  }

  @Override
  public InputFormat getFormat() {
    return InputFormat.CSV;
  }

  @Override
  public List<String> getHeader() {
    return header;
  }

  @Override
  public String getEncoding() {
    return dialect.getCharset().name();
  }

  @Override
  public Optional<Character> getSeparator() {
    return Optional.of(dialect.getSeparator());
  }

  @Override
  public List<Violation> getNotes() {
    return notes;
  }

  @Override
  public Optional<SourceRecord> next() throws IOException {
    Optional<CsvRow> next = csv.next();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    CsvRow row = next.get();
    count++;
    Violation problem = null;
    if (row.problem().isPresent()) {
      problem = Violation.error(row.problem().get(), "", null).at(row.line(), null);
    } else if (row.fields().size() != header.size()) {
      problem = Violation.error(ExchangeCodes.CSV_FIELD_COUNT, "", row.fields().size(), header.size())
          .at(row.line(), null);
    }
    return Optional.of(new SourceRecord(count, row.line(), header, row.fields(), index, row.fields(), problem));
  }

  @Override
  public RejectsWriter openRejects(OutputStream out) throws IOException {
    CsvWriter writer = new CsvWriter(out, dialect);
    writer.write(rawHeader);
    return new RejectsWriter() {
      @Override
      public void write(SourceRecord record) throws IOException {
        @SuppressWarnings("unchecked")
        List<String> fields = (List<String>) record.getRaw();
        writer.write(fields);
      }

      @Override
      public void close() throws IOException {
        writer.close();
      }
    };
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
