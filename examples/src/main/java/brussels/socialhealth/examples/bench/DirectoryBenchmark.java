package brussels.socialhealth.examples.bench;

import brussels.socialhealth.directory.Cost;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.ImmutableDirectory;
import brussels.socialhealth.directory.Need;
import brussels.socialhealth.directory.Orientation;
import brussels.socialhealth.directory.OrientationResult;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.ServiceQuery;
import brussels.socialhealth.directory.SpokenLanguage;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.examples.sample.DirectoryGenerator;
import brussels.socialhealth.examples.sample.SampleCommune;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.LocalDateTime;
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
 * Benchmarks of the directory on a generated directory of 10,000 services spread over the 19 communes
 * (fictional organisations from {@link DirectoryGenerator}, fixed seed): searches by criteria, "open at"
 * searches, orientation along the subsidiarity ladder with the embedded territory, and the one-off cost
 * of building the indexes. Average time per operation, in microseconds. Figures and the command are in
 * {@code docs/performance.md}.
 *
 * <p>JMH shares one state between threads (the directory is immutable and thread-safe); not for direct use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DirectoryBenchmark {
  /** The number of services of the generated directory. */
  @Param("10000")
  public int services;

  private Directory directory;
  private Orientation orientation;
  private ServiceQuery byThemeAndCommune;
  private ServiceQuery byThemeLanguageCost;
  private ServiceQuery openAt;
  private Need need;
  private TerritoryRef etterbeek;

  /** Creates the state; JMH calls this. */
  public DirectoryBenchmark() {}

  /**
   * Generates a directory of exactly {@code services} services over the Region's communes.
   *
   * @param services the number of services
   * @return the directory, its indexes built
   */
  public static Directory generate(int services) {
    int perRound = 21;
    int rounds = (services + perRound * SampleCommune.REGION.size() - 1) / (perRound * SampleCommune.REGION.size());
    ImmutableDirectory.Builder builder = Directory.builder();
    new DirectoryGenerator(7L).addOrganisations(builder, SampleCommune.REGION,
        rounds * DirectoryGenerator.templateCount());
    Directory all = builder.build();
    List<Service> kept = all.getServices().subList(0, Math.min(services, all.getServices().size()));
    return Directory.builder().from(all).services(kept).build();
  }

  /** Generates the directory and warms its indexes. */
  @Setup
  public void setUp() {
    directory = generate(services);
    directory.search(ServiceQuery.all());
    orientation = Orientation.of(directory, Territory.embedded());
    etterbeek = TerritoryRef.commune("21005");
    byThemeAndCommune = ServiceQuery.builder().addThemes(Theme.MENTAL_HEALTH).addTerritories(etterbeek).build();
    byThemeLanguageCost = ServiceQuery.builder().addThemes(Theme.DEBT, Theme.HOUSING)
        .addLanguages(SpokenLanguage.ARABIC).addCosts(Cost.FREE).build();
    openAt = ServiceQuery.builder().addThemes(Theme.ACCESS_TO_RIGHTS)
        .openAt(LocalDateTime.of(2026, 3, 10, 18, 30)).build();
    need = Need.builder().addThemes(Theme.MENTAL_HEALTH).addPublics(TargetPublic.NEWCOMERS).build();
  }

  /**
   * Mental-health services in Etterbeek.
   *
   * @return the services
   */
  @Benchmark
  public List<Service> searchByThemeAndCommune() {
    return directory.search(byThemeAndCommune);
  }

  /**
   * Free debt or housing services in Arabic, anywhere.
   *
   * @return the services
   */
  @Benchmark
  public List<Service> searchByThemeLanguageAndCost() {
    return directory.search(byThemeLanguageCost);
  }

  /**
   * Access-to-rights services open on a Tuesday at 18:30 (reads opening hours).
   *
   * @return the services
   */
  @Benchmark
  public List<Service> searchOpenAt() {
    return directory.search(openAt);
  }

  /**
   * Orientation for mental health, for a newcomer, in Etterbeek: commune, bassin, region.
   *
   * @return the ranked results
   */
  @Benchmark
  public List<OrientationResult> orientInACommune() {
    return orientation.orient(need, etterbeek);
  }

  /**
   * Building a directory again and its indexes, as an application does after loading a file.
   *
   * @return the number of services in Etterbeek
   */
  @Benchmark
  public int rebuildIndexes() {
    Directory copy = Directory.builder().from(directory).build();
    return copy.search(ServiceQuery.builder().addTerritories(etterbeek).build()).size();
  }
}
