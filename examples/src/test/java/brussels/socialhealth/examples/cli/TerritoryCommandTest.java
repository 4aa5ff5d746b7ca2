package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.examples.json.ExampleJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerritoryCommandTest {

  @Test
  void saysInFrenchThat1040IsAmbiguousBetweenTheBassinsOfEtterbeekAndBruxelles() {
    CliRun run = CliRun.run("territory", "1040", "--lang", "fr");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith("Requête : 1040\n")
        .contains("   Bruxelles (commune, commune:21004)\n")
        .contains("   Etterbeek (commune, commune:21005)\n")
        .contains("Bassin : ambigu, l'un de Bassin Nord, Bassin Sud, Bassin Sud-Est, Bassin Centre-Ouest\n")
        .contains("pourquoi (territory.answer.postal-code-shared) : 1040 : ambigu, le code postal est utilisé");
  }

  @Test
  void answersNordForLaekenInDutchWithMediumConfidence() {
    CliRun run = CliRun.run("--lang", "nl", "territory", "1020");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out)
        .contains("   BRUSSEL-LAKEN (deelgemeente, sub-municipality:21004E)\n")
        .contains("Zorgzone: Zorgzone Noord (zekerheid: gemiddeld)\n");
  }

  @Test
  void findsACommuneByItsUsualAbbreviationAndPrintsItsFacts() {
    CliRun run = CliRun.run("territory", "St-Gilles", "--lang", "en");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out)
        .contains("   Saint-Gilles (municipality, commune:21013)\n")
        .contains("      names: Saint-Gilles / Sint-Gillis\n")
        .contains("      postal codes: 1060\n")
        .contains("      population: 49 678 in 2020 (Statbel, population by municipality on 1 January 2020)\n")
        .contains("Bassin: Bassin Sud (confidence: high)\n");
  }

  @Test
  void acceptsAPostalCodeAndMunicipalityAsSeveralWords() {
    CliRun run = CliRun.run("territory", "1040", "Etterbeek", "--lang", "en");

    assertThat(run.out).contains("Bassin: Bassin Sud-Est (confidence: high)\n");
  }

  @Test
  void saysWhenNothingIsKnown() {
    CliRun run = CliRun.run("territory", "9999", "--lang", "en");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains("   no territorial unit matches\n").contains("Bassin: unknown\n");
  }

  @Test
  @SuppressWarnings("unchecked")
  void printsTheAnswerAsJson() {
    CliRun run = CliRun.run("territory", "commune:21005", "--json");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    Map<String, Object> json = ExampleJson.read(run.out, Map.class);
    assertThat(json).containsEntry("query", "commune:21005").containsEntry("kind", "reference");
    assertThat((List<Map<String, Object>>) json.get("units")).singleElement()
        .satisfies(unit -> assertThat(unit).containsEntry("ref", "commune:21005").containsEntry("level", "commune"));
    assertThat((Map<String, Object>) json.get("answer")).containsEntry("status", "found")
        .containsEntry("bassin", "SUD_EST").containsEntry("reason", "territory.answer.whole-commune");
  }

  @Test
  void rejectsAMalformedReferenceWithTheUsageExitCode() {
    CliRun run = CliRun.run("territory", "commune:", "--lang", "en");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("territory.ref.invalid");
  }
}
