package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.exchange.DirectoryMerger;
import brussels.socialhealth.directory.exchange.DirectoryTargets;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.directory.exchange.ExchangeTarget;
import brussels.socialhealth.directory.exchange.ExchangeTargets;
import brussels.socialhealth.directory.exchange.ImportInput;
import brussels.socialhealth.directory.exchange.ImportInputException;
import brussels.socialhealth.directory.exchange.ImportReport;
import brussels.socialhealth.directory.exchange.Imported;
import brussels.socialhealth.directory.exchange.Importer;
import brussels.socialhealth.directory.exchange.Mapping;
import brussels.socialhealth.directory.exchange.MappingException;
import brussels.socialhealth.directory.exchange.MappingReader;
import brussels.socialhealth.directory.exchange.json.ExchangeJson;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code socialhealth import --mapping <file> <input> --out <file> --report <file> [--rejects <file>]
 * [--fail-on warning]}: converts a partner export into the model with the integration toolkit
 * ({@link Importer}), writes the accepted records, the report (JSON) and the rejected records (in the
 * input's own format), shows progress on a terminal and prints a summary.
 *
 * <p>Exit codes (see {@code docs/integration.md}; the constants below are aliases of {@link ExitCodes}):
 * {@value #CLEAN} every record accepted without warning;
 * {@value #WARNINGS} some records accepted with warnings and {@code --fail-on warning} given;
 * {@value #REJECTED} some records rejected; {@value #UNUSABLE} the mapping or the input cannot be used
 * (the mistakes are printed with their line), or a file cannot be read or written.
 *
 * <p>Mutable (picocli sets the options); one instance per run.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = {
      "Converts a partner export (CSV, JSON, JSON Lines) into the model with a YAML mapping.",
      "Every record ends accepted, accepted with warnings or rejected; the report says which and why.",
      "Exit codes: " + ImportCommand.CLEAN + " clean, " + ImportCommand.WARNINGS
          + " warnings (with --fail-on warning), " + ImportCommand.REJECTED + " rejected records,",
      ImportCommand.UNUSABLE + " unusable mapping or input. Guide: docs/integration.md"
    })
public final class ImportCommand extends SocialHealthCommand {
  /**
   * Exit code: every record accepted without warning (or warnings without {@code --fail-on warning});
   * {@link ExitCodes#OK}.
   */
  public static final int CLEAN = ExitCodes.OK;
  /**
   * Exit code: records accepted with warnings and {@code --fail-on warning} given;
   * {@link ExitCodes#INVALID_DATA}.
   */
  public static final int WARNINGS = ExitCodes.INVALID_DATA;
  /** Exit code: some records rejected (see the report and the rejects file); {@link ExitCodes#REJECTED}. */
  public static final int REJECTED = ExitCodes.REJECTED;
  /**
   * Exit code: the mapping or the input cannot be used, or a file cannot be read or written;
   * {@link ExitCodes#IO}.
   */
  public static final int UNUSABLE = ExitCodes.IO;

  /** What makes the command fail besides rejected records. */
  enum FailOn {
    /** Rejected records only (the default). */
    rejected,
    /** Also records accepted with warnings. */
    warning
  }

  @Option(names = "--mapping", required = true, paramLabel = "<file>", description = "The YAML mapping file.")
  Path mapping;

  @Parameters(index = "0", paramLabel = "<input>", description = "The partner export to import.")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "<file>",
      description = {"Where to write the accepted records. For directory targets: a directory document with",
          "duplicates merged (merges listed in the report); with a name ending in .jsonl: one record per",
          "line, streamed, not merged. Other targets: a JSON array, or JSON Lines (.jsonl)."})
  Path out;

  @Option(names = "--report", required = true, paramLabel = "<file>",
      description = "Where to write the import report (JSON).")
  Path report;

  @Option(names = "--rejects", paramLabel = "<file>",
      description = "Where to write the rejected records, in the input's own format, ready to fix and re-import.")
  Path rejects;

  @Option(names = "--fail-on", paramLabel = "warning", defaultValue = "rejected",
      description = "Also exit with 1 when records were accepted with warnings: --fail-on warning.")
  FailOn failOn = FailOn.rejected;

  /** Creates the command; picocli calls this. */
  public ImportCommand() {}

  @Override
  public Integer call() {
    Mapping loaded;
    try {
      loaded = MappingReader.read(mapping);
    } catch (MappingException e) {
      printMappingProblems(e);
      return UNUSABLE;
    } catch (IOException e) {
      err().println(message(ExchangeCodes.INPUT_UNREADABLE, mapping + ": " + e.getMessage()));
      return UNUSABLE;
    }
    Optional<ExchangeTarget<?>> target = ExchangeTargets.find(loaded.getTarget());
    if (target.isEmpty()) {
      Violation violation = Violation.error(ExchangeCodes.MAPPING_UNKNOWN_TARGET, "", loaded.getTarget(),
          ExchangeTargets.all().stream().map(ExchangeTarget::getName).collect(Collectors.joining(", ")));
      long line = Optional.ofNullable(loaded.getPositions().get("target")).map(p -> p.line()).orElse(1L);
      printMappingProblems(new MappingException(loaded.getFile(), List.of(violation.at(line, null))));
      return UNUSABLE;
    }
    try {
      return run(loaded, target.get());
    } catch (MappingException e) {
      printMappingProblems(e);
      return UNUSABLE;
    } catch (ImportInputException e) {
      Violation v = e.getViolation();
      err().println(message(ExchangeCodes.REPORT_INPUT_PROBLEM, input, v.getLine().map(String::valueOf).orElse("-"),
          v.getMessage().get(language()), v.getCode()));
      return UNUSABLE;
    } catch (IOException | UncheckedIOException e) {
      err().println(message(ExchangeCodes.INPUT_UNREADABLE, String.valueOf(e.getMessage())));
      return UNUSABLE;
    }
  }

  private <T> int run(Mapping loaded, ExchangeTarget<T> target) throws IOException {
    Importer<T> importer = Importer.of(loaded, target);
    boolean lines = out.getFileName() != null && out.getFileName().toString().endsWith(".jsonl");
    boolean merge = !lines && DirectoryTargets.all().stream().anyMatch(t -> t.getName().equals(target.getName()));
    CountingInput counted = new CountingInput(ImportInput.of(input));
    long size = Files.isRegularFile(input) ? Files.size(input) : 0;
    ProgressBar progress = new ProgressBar(err(), System.console() != null, language(), size,
        counted::position, System::nanoTime);
    ImportReport result;
    DirectoryMerger merger = new DirectoryMerger();
    String inputName = counted.getName();
    try (OutputStream rejected = rejects == null ? null : new BufferedOutputStream(Files.newOutputStream(rejects))) {
      if (merge) {
        Consumer<Imported<T>> sink = imported -> merger.add(inputName, asDirectory(imported));
        result = importer.run(counted, sink, rejected, progress);
      } else {
        try (OutputStream accepted = new BufferedOutputStream(Files.newOutputStream(out));
            ExchangeJson.ValueWriter writer = ExchangeJson.openValueWriter(accepted, lines)) {
          Consumer<Imported<T>> sink = imported -> writer.write(imported.value());
          result = importer.run(counted, sink, rejected, progress);
        }
      }
    } finally {
      progress.finish();
    }
    if (merge) {
      Files.writeString(out, ExchangeJson.toPrettyJson(merger.toDirectory()), StandardCharsets.UTF_8);
      result = result.withMerges(merger.getMerges());
    }
    Files.writeString(report, ExchangeJson.toJson(result), StandardCharsets.UTF_8);
    out().print(result.toText(language()));
    println(ExchangeCodes.REPORT_WRITTEN, out, report, rejects == null ? "-" : rejects);
    out().flush();
    return exitCode(result, failOn == FailOn.warning);
  }

  /**
   * An input whose bytes are counted as the importer consumes them, for the progress bar. The importer
   * may open the input more than once (to check the encoding, then to read); the count restarts at each
   * opening, so that while records are read it is the position in the last, reading pass.
   */
  private static final class CountingInput implements ImportInput {
    private final ImportInput input;
    private long position;

    CountingInput(ImportInput input) {
      this.input = input;
    }

    long position() {
      return position;
    }

    @Override
    public String getName() {
      return input.getName();
    }

    @Override
    public InputStream open() throws IOException {
      position = 0;
      return new FilterInputStream(input.open()) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            position++;
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            position += n;
          }
          return n;
        }

        @Override
        public long skip(long n) throws IOException {
          long skipped = super.skip(n);
          position += Math.max(0, skipped);
          return skipped;
        }
      };
    }
  }

  @SuppressWarnings("unchecked")
  private static Imported<Directory> asDirectory(Imported<?> imported) {
    return (Imported<Directory>) imported;
  }

  /** The fictional partner exports shipped with the examples, each with its mapping: CSV then JSON. */
  public static final List<String> SAMPLE_PARTNERS = List.of("ixelles-social-map", "federation-members");

  /**
   * Imports the two fictional partner exports shipped in {@code brussels/socialhealth/examples/partners/}
   * (a Windows-1252 CSV and a JSON array, each with realistic faults), merges duplicates within and across
   * both, and prints each report and the merges in a language. This is what {@code socialhealth demo}
   * calls to show the integration toolkit: {@code ImportCommand.importSamplePartners(out(), language())}.
   *
   * @param out where to print; not null
   * @param language the language of the text; not null
   * @return the merged directory
   * @throws IOException if a resource cannot be read
   */
  public static Directory importSamplePartners(java.io.PrintWriter out, brussels.socialhealth.core.Language language)
      throws IOException {
    DirectoryMerger merger = new DirectoryMerger();
    int mergesBefore = 0;
    for (String partner : SAMPLE_PARTNERS) {
      Mapping mapping;
      try (java.io.Reader reader = new java.io.InputStreamReader(resource(partner + ".yaml"), StandardCharsets.UTF_8)) {
        mapping = MappingReader.read(reader, partner + ".yaml");
      }
      String inputName = partner + (mapping.getFormat() == brussels.socialhealth.directory.exchange.InputFormat.CSV
          ? ".csv" : ".json");
      byte[] bytes;
      try (java.io.InputStream in = resource(inputName)) {
        bytes = in.readAllBytes();
      }
      ExchangeTarget<?> target = ExchangeTargets.find(mapping.getTarget()).orElseThrow();
      ImportReport result = Importer.of(mapping, target).run(ImportInput.of(inputName, bytes),
          imported -> merger.add(inputName, asDirectory(imported)));
      List<brussels.socialhealth.directory.exchange.RecordMerge> merges = merger.getMerges();
      result = result.withMerges(merges.subList(mergesBefore, merges.size()));
      mergesBefore = merges.size();
      out.print(result.toText(language));
      out.println();
    }
    out.flush();
    return merger.toDirectory();
  }

  private static java.io.InputStream resource(String name) throws IOException {
    java.io.InputStream in = ImportCommand.class.getResourceAsStream("/brussels/socialhealth/examples/partners/" + name);
    if (in == null) {
      throw new java.io.FileNotFoundException(name);
    }
    return in;
  }

  /**
   * Returns the documented exit code of an import.
   *
   * @param result the report
   * @param failOnWarning whether warnings make the import fail
   * @return {@link #UNUSABLE} if the input broke, {@link #REJECTED} if records were rejected,
   *     {@link #WARNINGS} if warned and asked to fail on them, else {@link #CLEAN}
   */
  static int exitCode(ImportReport result, boolean failOnWarning) {
    if (!result.isComplete()) {
      return UNUSABLE;
    }
    if (result.getRejected() > 0) {
      return REJECTED;
    }
    if (failOnWarning && (result.getAcceptedWithWarnings() > 0 || !result.getNotes().isEmpty())) {
      return WARNINGS;
    }
    return CLEAN;
  }

  private void printMappingProblems(MappingException e) {
    for (Violation v : e.getViolations()) {
      err().println(message(ExchangeCodes.REPORT_MAPPING_PROBLEM, e.getFile(),
          v.getLine().map(String::valueOf).orElse("-"), v.getColumn().orElse("-"),
          v.getMessage().get(language()), v.getCode()));
    }
    err().flush();
  }
}
