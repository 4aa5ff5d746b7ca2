package brussels.socialhealth.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.DirectoryRules;
import brussels.socialhealth.directory.ServiceQuery;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.territory.TerritoryRef;
import org.junit.jupiter.api.Test;

class DirectoryBenchmarkTest {

  @Test
  void generatesExactlyTenThousandConsistentServicesOverTheNineteenCommunes() {
    Directory directory = DirectoryBenchmark.generate(10_000);

    assertThat(directory.getServices()).hasSize(10_000);
    ValidationReport.Builder report = ValidationReport.builder();
    DirectoryRules.REFERENCES.check(directory, null, report);
    assertThat(report.build().getViolations()).isEmpty();
    assertThat(directory.search(ServiceQuery.builder().addThemes(Theme.MENTAL_HEALTH)
        .addTerritories(TerritoryRef.commune("21001")).build())).isNotEmpty();
  }
}
