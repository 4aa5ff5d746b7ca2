package brussels.socialhealth.examples.bench;

import brussels.socialhealth.territory.BassinAnswer;
import brussels.socialhealth.territory.Commune;
import brussels.socialhealth.territory.StatisticalSector;
import brussels.socialhealth.territory.TerritorialUnit;
import brussels.socialhealth.territory.Territory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmarks of the territory registry: look-ups by code and by name, the bassin answers, and loading
 * the embedded data (CSV resources, then consistency check and indexes) or the same territory from its JSON
 * form. Average time per operation, in nanoseconds. Results and the command: {@code docs/performance.md}.
 *
 * <p>JMH creates one instance per thread; not for direct use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TerritoryBenchmark {
  private Territory territory;
  private byte[] json;

  /** Creates the state; JMH calls this. */
  public TerritoryBenchmark() {}

  /** Loads the shared registry once and its JSON form. */
  @Setup
  public void setUp() {
    territory = Territory.embedded();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    territory.writeJson(out);
    json = out.toByteArray();
  }

  /**
   * Finds a commune by NIS code.
   *
   * @return the commune
   */
  @Benchmark
  public Optional<Commune> communeByNisCode() {
    return territory.commune("21013");
  }

  /**
   * Finds a statistical sector by code.
   *
   * @return the sector
   */
  @Benchmark
  public Optional<StatisticalSector> sectorByCode() {
    return territory.sector("21015A77K");
  }

  /**
   * Answers which bassin serves a shared postal code (ambiguous, with candidates and message).
   *
   * @return the answer
   */
  @Benchmark
  public BassinAnswer bassinForPostalCode1040() {
    return territory.bassinForPostalCode("1040");
  }

  /**
   * Answers which bassin serves a sector of Laeken (via its sub-municipality).
   *
   * @return the answer
   */
  @Benchmark
  public BassinAnswer bassinForSector() {
    return territory.bassinForSector("21004E101");
  }

  /**
   * Finds a commune by an abbreviated name (normalisation of case, accents, hyphens, abbreviations).
   *
   * @return the communes
   */
  @Benchmark
  public List<Commune> communeByAbbreviatedName() {
    return territory.communesNamed("Woluwe-St-Lambert");
  }

  /**
   * Finds every unit with a name (a bassin, neighbourhoods and a sector share "Nord").
   *
   * @return the units
   */
  @Benchmark
  public List<TerritorialUnit> unitsByName() {
    return territory.findByName("Nord");
  }

  /**
   * Answers which bassin serves an address given by postal code and municipality name.
   *
   * @return the answer
   */
  @Benchmark
  public BassinAnswer bassinForAddress() {
    return territory.bassinForAddress("1040", "Etterbeek");
  }

  /**
   * Reads the embedded data from the jar's resources, checks it and builds the indexes.
   *
   * @return the registry
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Territory loadEmbeddedData() {
    return Territory.loadEmbedded();
  }

  /**
   * Reads the same territory from the library's JSON format, checks it and builds the indexes.
   *
   * @return the registry
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Territory loadJsonTerritory() {
    return Territory.load(new ByteArrayInputStream(json));
  }
}
