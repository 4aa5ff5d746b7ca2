package brussels.socialhealth.examples.bench;

import brussels.socialhealth.events.HelpdeskActivityReport;
import brussels.socialhealth.events.HelpdeskCase;
import brussels.socialhealth.events.HelpdeskReportCsv;
import brussels.socialhealth.examples.sample.SampleHelpdesk;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building the helpdesk activity report of a bassin over a year from {@code cases} fictional cases
 * (100,000 by default: far more than a bassin receives, about three quarters of them in the bassin
 * reported), and writing it as CSV. Average time per report, in milliseconds.
 *
 * <p>JMH creates one instance per thread; not for direct use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HelpdeskReportBenchmark {
  private static final TerritoryRef SUD_EST = TerritoryRef.bassin("SUD_EST");
  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  /** How many cases the report is built from. */
  @Param({"100000"})
  public int cases;

  private List<HelpdeskCase> helpdeskCases;
  private HelpdeskActivityReport report;

  /** Creates the state; JMH calls this. */
  public HelpdeskReportBenchmark() {}

  /** Generates the cases (seeded, so every run measures the same data). */
  @Setup
  public void setUp() {
    helpdeskCases = SampleHelpdesk.generate(cases, SampleHelpdesk.SEED, FROM, TO);
    report = HelpdeskActivityReport.of(SUD_EST, FROM, TO, helpdeskCases);
  }

  /**
   * Builds the year report of bassin Sud-Est.
   *
   * @return the report
   */
  @Benchmark
  public HelpdeskActivityReport buildReport() {
    return HelpdeskActivityReport.of(SUD_EST, FROM, TO, helpdeskCases);
  }

  /**
   * Writes the report as CSV.
   *
   * @return the CSV text
   */
  @Benchmark
  public String writeCsv() {
    return HelpdeskReportCsv.write(report);
  }
}
