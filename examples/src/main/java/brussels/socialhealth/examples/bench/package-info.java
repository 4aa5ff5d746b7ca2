/**
 * JMH benchmarks, run from the shaded jar (never by the tests):
 * {@code java -cp examples/target/socialhealth.jar org.openjdk.jmh.Main <Benchmark> -f 1 -wi 2 -i 3}.
 * How to run them and the figures: {@code docs/performance.md}.
 *
 * <ul>
 *   <li>{@link brussels.socialhealth.examples.bench.CoreBenchmark}: the core kernel (text fallback,
 *       parsing of phone and enterprise numbers and opening hours, validation, JSON).
 *   <li>{@link brussels.socialhealth.examples.bench.TerritoryBenchmark}: the territory registry (look-ups by
 *       code and by name, bassin answers, loading the embedded data); figures in
 *       {@code docs/performance.md}.
 *   <li>{@link brussels.socialhealth.examples.bench.HelpdeskReportBenchmark}: the helpdesk activity report
 *       over 100,000 cases ({@code docs/performance.md}).
 * </ul>
 *
 * <p>Each module adds its own {@code <Module>Benchmark} class here.
 */
@SocialHealthStyle
package brussels.socialhealth.examples.bench;

import brussels.socialhealth.core.SocialHealthStyle;
