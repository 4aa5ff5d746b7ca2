package brussels.socialhealth.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.validation.ModelValidator;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.DirectoryRules;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.ServiceQuery;
import brussels.socialhealth.territory.Territory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleDirectoryTest {

  @Test
  void theCommittedJsonIsWhatTheSeededGeneratorProduces() throws Exception {
    Directory generated = SampleDirectory.generate();
    if (Boolean.getBoolean("sample.write")) {
      Files.writeString(Path.of("src/main/resources" + SampleDirectory.RESOURCE), SampleDirectory.toJson(generated),
          StandardCharsets.UTF_8);
    }

    assertThat(SampleDirectory.toJson(SampleDirectory.load())).isEqualTo(SampleDirectory.toJson(generated));
    assertThat(SampleDirectory.load()).isEqualTo(generated);
  }

  @Test
  void generatesTheSameDirectoryTwice() {
    assertThat(SampleDirectory.generate()).isEqualTo(SampleDirectory.generate());
  }

  @Test
  void holdsAtLeastFortyOrganisationsAndEightyServicesInEveryCommuneOfTheBassin() {
    Directory directory = SampleDirectory.load();

    assertThat(directory.getOrganisations()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(directory.getServices()).hasSizeGreaterThanOrEqualTo(80);
    for (var commune : SampleDirectory.communes()) {
      assertThat(directory.search(ServiceQuery.builder().addTerritories(commune).build()))
          .as("services in %s", commune).hasSizeGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void validatesWithoutErrorsOrWarnings() {
    Directory directory = SampleDirectory.load();
    ModelValidator validator = ModelValidator.create();

    ValidationReport report = validator.validate(directory, Territory.embedded(), DirectoryRules.all());

    assertThat(report.getViolations()).isEmpty();
  }

  @Test
  void usesOnlyFictionalContacts() {
    Directory directory = SampleDirectory.load();

    assertThat(directory.getOrganisations()).allSatisfy(o -> {
      assertThat(o.getPhones()).allSatisfy(p -> assertThat(p.toE164()).startsWith("+322555"));
      assertThat(o.getEmails()).allSatisfy(e -> assertThat(e.getDomain()).endsWith(".example"));
    });
    assertThat(directory.getProfessionals()).allSatisfy(p ->
        assertThat(p.getEmails()).allSatisfy(e -> assertThat(e.getDomain()).endsWith(".example")));
    assertThat(directory.getServices()).extracting(Service::getId).doesNotHaveDuplicates();
  }
}
