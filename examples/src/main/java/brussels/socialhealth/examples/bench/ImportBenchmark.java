package brussels.socialhealth.examples.bench;

import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.exchange.DirectoryTargets;
import brussels.socialhealth.directory.exchange.ImportInput;
import brussels.socialhealth.directory.exchange.ImportListener;
import brussels.socialhealth.directory.exchange.ImportReport;
import brussels.socialhealth.directory.exchange.Importer;
import brussels.socialhealth.directory.exchange.Mapping;
import brussels.socialhealth.directory.exchange.MappingReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Imports generated partner exports with full validation: a Windows-1252 CSV with {@code ;}, a bilingual
 * name column, a value map, two phones per cell, an enterprise number, an address placed through the
 * territory, and one record in twenty with a fault (bad phone, wrong check digits, unknown postal code,
 * missing Dutch name). Each record goes through the model's parsers, the territory and the model's
 * validator; accepted organisations go to a sink that only counts them, rejected records to a rejects file.
 *
 * <p>{@code importRows} with {@code rows=100000}: the throughput target. {@code rows=1000000} with
 * {@code -Xmx256m} ({@link Huge}): memory stays flat because records stream and the report details at most
 * 10,000 problem records. Commands and figures: {@code docs/performance.md}.
 *
 * <p>JMH creates the state; not for direct use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ImportBenchmark {
  /** Number of rows generated. */
  @Param({"100000"})
  public int rows;

  private Path file;
  private Path rejects;
  private Importer<Directory> importer;

  /** Creates the state; JMH calls this. */
  public ImportBenchmark() {}

  /** The mapping used by the benchmark, as a partner would write it. */
  static final String MAPPING = String.join("\n",
      "mapping: 1",
      "source: bench-social-map",
      "target: organisation",
      "input: {format: csv, encoding: windows-1252, separator: \";\"}",
      "id: Fiche",
      "fields:",
      "  names: {column: Nom / Naam, split: \" / \", languages: [fr, nl]}",
      "  kind: {column: Type, values: {Maison médicale: medical-house, CPAS: cpas, ASBL: asbl}}",
      "  enterpriseNumber: BCE",
      "  phones: {column: Tél, separators: [\" - \"]}",
      "  emails: Courriel",
      "  street: {column: Rue, languages: [fr]}",
      "  houseNumber: N°",
      "  postalCode: CP",
      "  municipality: {column: Commune, languages: [fr]}",
      "");

  private static final String[][] PLACES = {
    {"1050", "Ixelles"}, {"1060", "Saint-Gilles"}, {"1030", "Schaerbeek"}, {"1080", "Molenbeek-Saint-Jean"},
    {"1040", "Etterbeek"}, {"1190", "Forest"}, {"1180", "Uccle"}, {"1210", "Saint-Josse-ten-Noode"}};
  private static final String[] KINDS = {"Maison médicale", "CPAS", "ASBL"};

  /**
   * Writes {@code count} generated rows to a file in Windows-1252, streaming.
   *
   * @param file the file
   * @param count the number of rows
   * @throws IOException if writing fails
   */
  static void generate(Path file, int count) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        Writer writer = new BufferedWriter(new java.io.OutputStreamWriter(out, Charset.forName("windows-1252")),
            1 << 16)) {
      writer.write("Fiche;Nom / Naam;Type;BCE;Tél;Courriel;Rue;N°;CP;Commune;Remarque\r\n");
      for (int i = 0; i < count; i++) {
        String[] place = PLACES[i % PLACES.length];
        int base = 4_000_000 + i;
        String digits = String.format("%08d", base);
        int check = 97 - (int) (Long.parseLong(digits) % 97);
        boolean faulty = i % 20 == 7;
        int fault = (i / 20) % 4;
        String bce = "0" + digits.substring(1, 4) + "." + digits.substring(4, 7) + "." + digits.charAt(7)
            + String.format("%02d", faulty && fault == 1 ? (check % 97) + 1 : check);
        String name = faulty && fault == 3 ? "Association n° " + i : "Association n° " + i + " / Vereniging nr. " + i;
        String phone = faulty && fault == 0 ? "02 xx " + i : String.format("02 5%02d %02d %02d - 0470 %02d %02d %02d",
            i % 100, (i / 100) % 100, (i / 10_000) % 100, i % 100, (i / 100) % 100, (i / 10_000) % 100);
        String postalCode = faulty && fault == 2 ? "1999" : place[0];
        writer.write("F" + i + ";" + name + ";" + KINDS[i % KINDS.length] + ";" + bce + ";" + phone
            + ";contact" + i + "@example.org;Rue de l'Étang;" + (1 + i % 200) + ";" + postalCode + ";" + place[1]
            + ";\"remarque\r\nsur deux lignes\"\r\n");
      }
    }
  }

  /**
   * Generates the file and builds the importer (once, as applications do).
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("import-bench", ".csv");
    rejects = Files.createTempFile("import-bench-rejects", ".csv");
    generate(file, rows);
    Mapping mapping = MappingReader.read(MAPPING, "bench.yaml");
    importer = Importer.of(mapping, DirectoryTargets.organisation());
  }

  /**
   * Deletes the generated files.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(rejects);
  }

  /**
   * Imports every row with full validation.
   *
   * @param blackhole receives each accepted organisation
   * @return the report
   * @throws IOException if reading fails
   */
  @Benchmark
  public ImportReport importRows(Blackhole blackhole) throws IOException {
    return run(importer, file, rejects, blackhole);
  }

  static ImportReport run(Importer<Directory> importer, Path file, Path rejects, Blackhole blackhole)
      throws IOException {
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(rejects))) {
      ImportReport report = importer.run(ImportInput.of(file), imported -> blackhole.consume(imported.value()),
          out, ImportListener.NONE);
      if (report.getRead() != report.getAccepted() + report.getAcceptedWithWarnings() + report.getRejected()) {
        throw new IllegalStateException("counts do not add up: " + report);
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One million rows under {@code -Xmx256m}: the import must finish (memory flat); the peak heap used is
   * printed at the end.
   */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
  public static class Huge {
    /** Number of rows generated. */
    @Param({"1000000"})
    public int rows;

    private Path file;
    private Path rejects;
    private Importer<Directory> importer;

    /** Creates the state; JMH calls this. */
    public Huge() {}

    /**
     * Generates the file.
     *
     * @throws IOException if it cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      file = Files.createTempFile("import-bench-huge", ".csv");
      rejects = Files.createTempFile("import-bench-huge-rejects", ".csv");
      generate(file, rows);
      importer = Importer.of(MappingReader.read(MAPPING, "bench.yaml"), DirectoryTargets.organisation());
    }

    /**
     * Prints the peak heap used and deletes the files.
     *
     * @throws IOException if they cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.println("peak heap used (sum of pool peaks): " + (peak >> 20) + " MB; max heap "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
      Files.deleteIfExists(file);
      Files.deleteIfExists(rejects);
    }

    /**
     * Imports a million rows.
     *
     * @param blackhole receives each accepted organisation
     * @return the report
     * @throws IOException if reading fails
     */
    @Benchmark
    public ImportReport importMillionRows(Blackhole blackhole) throws IOException {
      return run(importer, file, rejects, blackhole);
    }
  }
}
