package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrientCommandTest {

  @Test
  void proposesServicesFromTheCommuneUpToTheRegionWithReasons() {
    CliRun run = CliRun.run("orient", "--need", "mental-health", "--near", "Etterbeek", "--lang", "en");

    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out)
        .startsWith("Services for mental-health near Etterbeek (commune:21005), closest level first:\n1. [municipality] ")
        .contains("      - Offers the theme: Mental health.\n")
        .contains("      - Covers this place at the municipality level (commune:21005).\n")
        .contains(". [care area] ")
        .contains(". [Region] Écoute téléphonique 24h/24 — Ligne d'écoute Les Veilleurs\n");
    assertThat(run.out.indexOf("[municipality]")).isLessThan(run.out.indexOf("[care area]"));
    assertThat(run.out.indexOf("[care area]")).isLessThan(run.out.indexOf("[Region]"));
  }

  @Test
  void acceptsAPostalCodeAndAnswersInDutch() {
    CliRun run = CliRun.run("orient", "--need", "debt", "--near", "1160", "--lang", "nl", "--limit", "2");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("Diensten voor debt bij Oudergem (commune:21002), dichtstbijzijnde niveau eerst:\n")
        .contains("1. [gemeente] ").contains("      - Biedt het thema aan: Schuldoverlast.\n")
        .doesNotContain("3. [");
  }

  @Test
  void acceptsAPostalCodeWithTheCommuneOfAPostalCodeSharedByTwoCommunes() {
    CliRun run = CliRun.run("orient", "--need", "mental-health", "--near", "1040 Etterbeek", "--lang", "en");

    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("Services for mental-health near Etterbeek (commune:21005), closest level first:\n");
  }

  @Test
  void acceptsAStreetAddressEndingWithThePostalCodeAndTheMunicipality() {
    CliRun run = CliRun.run("orient", "--need", "debt", "--near", "Rue de l'Exemple 12, 1150 Sint-Pieters-Woluwe",
        "--lang", "nl", "--limit", "1");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("Diensten voor debt bij Sint-Pieters-Woluwe (commune:21019)");
  }

  @Test
  void namesTheCandidateCommunesOfAnAmbiguousPostalCodeInFrench() {
    CliRun run = CliRun.run("orient", "--need", "debt", "--near", "1040", "--lang", "fr");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("Lieu ambigu : « 1040 » peut se trouver dans plusieurs communes :")
        .contains("Etterbeek (commune:21005)").contains("Bruxelles (commune:21004)")
        .contains("--near \"1040 ").doesNotContain("introuvable");
  }

  @Test
  void namesTheCandidateCommunesOfAnAmbiguousPostalCodeInDutch() {
    CliRun run = CliRun.run("orient", "--need", "debt", "--near", "1040", "--lang", "nl");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Dubbelzinnige plaats: \"1040\" kan in meerdere gemeenten liggen:")
        .contains("Etterbeek (commune:21005)").contains("Brussel (commune:21004)");
  }

  @Test
  void refusesAnAddressWhosePostalCodeIsNotUsedInTheCommuneNamed() {
    CliRun run = CliRun.run("orient", "--need", "debt", "--near", "1160 Etterbeek", "--lang", "en");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Cannot find the place \"1160 Etterbeek\"");
  }

  @Test
  void refusesAPlaceItCannotFind() {
    CliRun run = CliRun.run("orient", "--need", "debt", "--near", "Atlantis", "--lang", "fr");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("« Atlantis »");
  }

  @Test
  void printsJsonWhenAsked() {
    CliRun run = CliRun.run("orient", "--need", "mental-health", "--near", "commune:21019", "--json", "--limit", "1");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("[ {\n  \"rank\" : 1,\n  \"service\" : {");
  }

  @Test
  void hasItsMessagesInFrenchDutchAndEnglish() {
    for (String code : List.of(OrientCommand.TITLE, OrientCommand.RESULT, OrientCommand.REASON, OrientCommand.NONE,
        OrientCommand.PLACE_UNKNOWN, OrientCommand.PLACE_AMBIGUOUS, DirectoryCommand.SEARCH_COUNT, DirectoryCommand.SEARCH_LINE,
        DirectoryCommand.LABEL_LINE, DirectoryCommand.LABEL_CRITERION, DirectoryCommand.LABEL_BALANCE,
        DirectoryCommand.LABEL_BALANCED)) {
      for (Language language : Messages.MESSAGE_LANGUAGES) {
        assertThat(Messages.find(code, language)).as("%s in %s", code, language).isPresent();
      }
    }
  }
}
