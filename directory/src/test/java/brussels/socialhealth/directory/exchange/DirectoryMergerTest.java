package brussels.socialhealth.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.ImmutableService;
import brussels.socialhealth.directory.Organisation;
import brussels.socialhealth.directory.OrganisationKind;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.directory.exchange.RecordMerge.RecordRef;
import brussels.socialhealth.territory.TerritorialLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DirectoryMergerTest {

  static final String MAPPING = String.join("\n",
      "mapping: 1",
      "source: SOURCE",
      "target: organisation",
      "input: {format: csv, encoding: utf-8, separator: \";\"}",
      "id: Id",
      "fields:",
      "  names: {column: Nom / Naam, split: \" / \", languages: [fr, nl]}",
      "  kind: {column: Type, values: {CPAS: cpas, ASBL: asbl}}",
      "  enterpriseNumber: BCE",
      "  phones: Tél",
      "  street: {column: Rue, languages: [fr]}",
      "  houseNumber: N°",
      "  postalCode: CP",
      "");
  static final String HEADER = "Id;Nom / Naam;Type;BCE;Tél;Rue;N°;CP\n";

  static DirectoryMerger merge(String... sourcesAndRows) throws IOException {
    DirectoryMerger merger = new DirectoryMerger();
    for (int i = 0; i < sourcesAndRows.length; i += 2) {
      String source = sourcesAndRows[i];
      Importer.ListSink<Directory> sink = Importer.toList();
      Importer.of(MappingReader.read(MAPPING.replace("SOURCE", source), source + ".yaml"),
          DirectoryTargets.organisation()).run(ImportInput.of(source + ".csv",
          (HEADER + sourcesAndRows[i + 1]).getBytes(StandardCharsets.UTF_8)), sink);
      sink.items().forEach(item -> merger.add(source + ".csv", item));
    }
    return merger;
  }

  @Test
  void mergesOrganisationsWithTheSameEnterpriseNumberAcrossFiles() throws IOException {
    DirectoryMerger merger = merge(
        "commune", "A;CPAS de Nulle-Ville;CPAS;0412.345.614;02 512 34 56;;;\n",
        "federation", "X9;CPAS de Nulle-Ville / OCMW van Nergensstad;CPAS;0412345614;0470 12 34 56;;;\n");

    Directory directory = merger.toDirectory();

    assertThat(directory.getOrganisations()).hasSize(1);
    Organisation kept = directory.getOrganisations().get(0);
    assertThat(kept.getId()).isEqualTo("commune:a");
    assertThat(kept.getNames().find(Language.NL)).contains("OCMW van Nergensstad");
    assertThat(kept.getPhones()).hasSize(2);
    assertThat(kept.getExternalRefs()).extracting(Object::toString).containsExactly("commune:A", "federation:X9");
    assertThat(merger.getMerges()).singleElement().satisfies(m -> {
      assertThat(m.getRule()).isEqualTo(DirectoryMerger.RULE_ENTERPRISE_NUMBER);
      assertThat(m.getEntity()).isEqualTo(MergedEntity.ORGANISATION);
      assertThat(m.getKey()).isEqualTo("0412.345.614");
      assertThat(m.getKept().getInput()).isEqualTo("commune.csv");
      assertThat(m.getKept().getLine()).isEqualTo(2);
      assertThat(m.getMerged().getInput()).isEqualTo("federation.csv");
      assertThat(m.getMerged().getId()).contains("X9");
      assertThat(m.getChanges()).anyMatch(c -> c.startsWith("names.nl: added"));
    });
  }

  @Test
  void mergesRecordsWithTheSameExternalReferenceWithinAFile() throws IOException {
    DirectoryMerger merger = merge("commune",
        "A;Maison de quartier / Buurthuis;ASBL;;02 512 34 56;;;\n"
            + "A;Maison de quartier / Buurthuis;ASBL;;02 512 34 57;;;\n");

    assertThat(merger.toDirectory().getOrganisations()).hasSize(1);
    assertThat(merger.getMerges()).singleElement().satisfies(m -> {
      assertThat(m.getRule()).isEqualTo(DirectoryMerger.RULE_EXTERNAL_REFERENCE);
      assertThat(m.getMerged().getLine()).isEqualTo(3);
    });
  }

  @Test
  void mergesOrganisationsWithTheSameNormalisedNameAndAddressAndTheirSites() throws IOException {
    DirectoryMerger merger = merge(
        "commune", "A;Épicerie Sociale du Midi;ASBL;;;Rue du Midi;10;1000\n",
        "federation", "B;EPICERIE  sociale du midi / Sociale Kruidenier;ASBL;;;rue du midi;10;1000\n");

    Directory directory = merger.toDirectory();

    assertThat(directory.getOrganisations()).hasSize(1);
    assertThat(directory.getSites()).hasSize(1);
    assertThat(directory.getOrganisations().get(0).getSiteIds()).containsExactly(directory.getSites().get(0).getId());
    assertThat(merger.getMerges()).extracting(RecordMerge::getRule)
        .containsExactly(DirectoryMerger.RULE_NAME_AND_ADDRESS, DirectoryMerger.RULE_NAME_AND_ADDRESS);
    assertThat(merger.getMerges()).extracting(RecordMerge::getEntity)
        .containsExactly(MergedEntity.ORGANISATION, MergedEntity.SITE);
  }

  @Test
  void saysAServiceMergeMergedAService() {
    DirectoryMerger merger = new DirectoryMerger();
    Organisation organisation = Organisation.builder().id("o").names(LocalizedText.of("Le Pivot", "De Spil"))
        .kind(OrganisationKind.ASBL).build();
    Service first = Service.builder().id("o.accueil").organisationId("o")
        .names(LocalizedText.of("Accueil", "Onthaal")).addThemes(Theme.INFORMATION_ORIENTATION)
        .addPublics(TargetPublic.ALL).level(TerritorialLevel.COMMUNE).build();
    Service second = ImmutableService.copyOf(first).withId("o.accueil-bis");

    merger.add(Directory.builder().addOrganisations(organisation).addServices(first).build(),
        RecordRef.of("a.json", 1, "o"), "a");
    merger.add(Directory.builder().addServices(second).build(), RecordRef.of("b.json", 4, "bis"), "b");

    assertThat(merger.toDirectory().getServices()).hasSize(1);
    assertThat(merger.getMerges()).singleElement().satisfies(m -> {
      assertThat(m.getEntity()).isEqualTo(MergedEntity.SERVICE);
      assertThat(m.getRule()).isEqualTo(DirectoryMerger.RULE_NAME_AND_ADDRESS);
      assertThat(m.getKept()).isEqualTo(RecordRef.of("a.json", 1, "o"));
      assertThat(m.getMerged()).isEqualTo(RecordRef.of("b.json", 4, "bis"));
    });
  }

  @Test
  void keepsNamesThatDifferOrAddressesThatDifferApart() throws IOException {
    DirectoryMerger merger = merge(
        "commune", "A;Épicerie Sociale du Midi;ASBL;;;Rue du Midi;10;1000\n"
            + "B;Épicerie Sociale du Midi;ASBL;;;Rue du Midi;12;1000\n"
            + "C;Épicerie Sociale du Nord;ASBL;;;Rue du Midi;10;1000\n");

    assertThat(merger.toDirectory().getOrganisations()).hasSize(3);
    assertThat(merger.getMerges()).isEmpty();
  }

  @Test
  void keepsTheFirstValueOfAConflictAndTheOtherAsAnExtension() throws IOException {
    DirectoryMerger merger = merge(
        "commune", "A;Le Pivot;ASBL;0412.345.614;;;;\n",
        "federation", "B;Le Pivot;CPAS;0412.345.614;;;;\n");

    Organisation kept = merger.toDirectory().getOrganisations().get(0);

    assertThat(kept.getKind()).isEqualTo(OrganisationKind.ASBL);
    assertThat(kept.getExtensions().get("federation", "merged.kind")).contains("cpas");
    assertThat(merger.getMerges().get(0).getChanges()).anyMatch(c -> c.startsWith("kind: kept asbl"));
  }

  @Test
  void recordsMergesInTheReportAndItsText() throws IOException {
    DirectoryMerger merger = merge(
        "commune", "A;Le Pivot;ASBL;0412.345.614;;;;\n",
        "federation", "B;Le Pivot;ASBL;0412.345.614;;;;\n");
    ImportReport report = ImportReport.builder().input("federation.csv").mapping("m").source("federation")
        .target("organisation").format(InputFormat.CSV).encoding("UTF-8").read(1).accepted(1)
        .acceptedWithWarnings(0).rejected(0).build().withMerges(merger.getMerges());

    assertThat(report.getMerges()).hasSize(1);
    assertThat(report.toText(Language.FR)).contains("Organisation : fusion selon la règle enterprise-number :"
        + " federation.csv:2 [B] dans commune.csv:2 [A] (0412.345.614)");
  }

  @Test
  void namesTheKindOfEntityMergedInEachLineOfTheText() throws IOException {
    DirectoryMerger merger = merge(
        "commune", "A;Épicerie Sociale du Midi;ASBL;;;Rue du Midi;10;1000\n",
        "federation", "B;Epicerie sociale du Midi;ASBL;;;rue du midi;10;1000\n");
    ImportReport report = ImportReport.builder().input("federation.csv").mapping("m").source("federation")
        .target("organisation").format(InputFormat.CSV).encoding("UTF-8").read(1).accepted(1)
        .acceptedWithWarnings(0).rejected(0).build().withMerges(merger.getMerges());

    assertThat(report.toText(Language.FR).lines().filter(line -> line.contains("fusion selon")))
        .extracting(line -> line.substring(0, line.indexOf(" dans ")))
        .containsExactly("Organisation : fusion selon la règle name-and-address : federation.csv:2 [B]",
            "Site : fusion selon la règle name-and-address : federation.csv:2 [B]");
    assertThat(report.toText(Language.NL).lines().filter(line -> line.contains("samengevoegd volgens")))
        .extracting(line -> line.substring(0, line.indexOf(" in ")))
        .containsExactly("Organisatie samengevoegd volgens regel name-and-address: federation.csv:2 [B]",
            "Vestiging samengevoegd volgens regel name-and-address: federation.csv:2 [B]");
  }
}
