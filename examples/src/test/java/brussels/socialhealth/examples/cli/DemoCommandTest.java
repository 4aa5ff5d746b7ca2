package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void runsTheDemoInEnglishAndExitsWithZero() {
    CliRun run = CliRun.run("demo", "--lang", "en");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith("socialhealth demo: the library at work on its fictional sample data. Reference moment: "
            + "2026-03-10T10:30:00+01:00[Europe/Brussels]\n")
        .contains("      in English: \"Maison médicale des Tilleuls\" (no English text, French used instead)\n")
        .contains("      in Dutch: \"Aide à domicile Les Marronniers\" (no Dutch text, French used instead)\n")
        .contains("   valid: no; errors: 1; warnings: 0\n")
        .contains("   error core.text.official-languages at \"name\": "
            + "An official name must exist in French and in Dutch.\n")
        .contains("         fr: Un nom officiel doit exister en français et en néerlandais.\n")
        .contains("         nl: Een officiële naam moet in het Frans en het Nederlands bestaan.\n")
        .contains("       \"code\" : \"core.text.official-languages\",\n")
        .doesNotContain(": no\n      read back", "same text: no", "original: no")
        .endsWith("Done.\n");
  }

  @Test
  void parsesThePhoneNotationsBrusselsOrganisationsPublish() {
    CliRun run = CliRun.run("demo");

    assertThat(run.out)
        .contains("   \"02/880.29.85\" -> +3228802985 (national 02 880 29 85, international +32 2 880 29 85, "
            + "mobile: no)\n")
        .contains("   \"32 2 511 22 33\" -> +3225112233 (")
        .contains("   \"0032 2 511 22 33\" -> +3225112233 (")
        .contains("   \"0470 12 34 56\" -> +32470123456 (national 0470 12 34 56, international +32 470 12 34 56, "
            + "mobile: yes)\n")
        .contains("   \"0800 AIDE\" rejected, code core.phone.unparseable:\n"
            + "      fr: Impossible de lire « 0800 AIDE » comme un numéro de téléphone.\n"
            + "      nl: \"0800 AIDE\" kan niet als telefoonnummer gelezen worden.\n"
            + "      en: Cannot read \"0800 AIDE\" as a phone number.\n");
  }

  @Test
  void parsesEnterpriseNumbersAndShowsTheRejectedOneWithItsCode() {
    CliRun run = CliRun.run("demo");

    assertThat(run.out)
        .contains("   \"BE 0123 456 749\" -> 0123.456.749 (VAT BE0123456749)\n")
        .contains("   \"123456749\" -> 0123.456.749 (VAT BE0123456749)\n")
        .contains("   \"0123.456.748\" rejected, code core.enterprise-number.check-digits:\n")
        .contains("(expected 49)")
        .contains("   \"2.123.456.789\" rejected, code core.enterprise-number.first-digit:\n");
  }

  @Test
  void showsTheAddressInFrenchAndDutch() {
    assertThat(CliRun.run("demo").out)
        .contains("   in French: Rue des Tilleuls 12 / 2, 1190 Forest\n")
        .contains("   in Dutch: Lindenstraat 12 / 2, 1190 Vorst\n")
        .contains("   \"119\" rejected, code core.postal-address.postal-code:\n");
  }

  @Test
  void tellsWhetherTheServiceIsOpenAtTheReferenceMoment() {
    assertThat(CliRun.run("demo").out)
        .contains("-> canonical form \"Mo-Fr 09:00-12:30,13:30-17:00; Sa 09:00-12:00; PH off\"\n")
        .contains("   open on Tuesday 10 March 2026 10:30: yes\n")
        .contains("   next opening or closing: Tuesday 10 March 2026 12:30\n")
        .contains("   \"Mo-Fr 9h-17h\" rejected, code core.opening-hours.");
    assertThat(CliRun.run("demo", "--lang", "fr", "--at", "2026-03-14T12:15").out)
        .contains("   ouvert le samedi 14 mars 2026 12:15 : non\n")
        .contains("   prochaine ouverture ou fermeture : lundi 16 mars 2026 09:00\n");
  }

  @Test
  void comparesPeriodsWithTheReferenceDate() {
    assertThat(CliRun.run("demo").out)
        .contains("   2024-01-01/2026-12-31 contains 2026-03-10: yes\n")
        .contains("   2027-01-01/.. contains 2026-03-10: no\n")
        .contains("   2024-01-01/2026-12-31 overlaps ../2026-06-30: yes\n")
        .contains("   \"2026-12-31/2026-01-01\" rejected, code core.period.end-before-start:\n");
  }

  @Test
  void writesTheSampleServiceAsJson() {
    assertThat(CliRun.run("demo").out)
        .contains("     \"enterpriseNumber\" : \"0123.456.749\",\n")
        .contains("     \"phones\" : [ \"+3225112233\", \"+32470123456\" ],\n")
        .contains("     \"openingHours\" : \"Mo-Fr 09:00-12:30,13:30-17:00; Sa 09:00-12:00; PH off\",\n");
  }

  @Test
  void printsTheValidationMessageInFrenchWhenAskedInFrench() {
    CliRun run = CliRun.run("--lang", "fr", "demo");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out)
        .contains("   valide : non ; erreurs : 1 ; avertissements : 0\n")
        .contains("   erreur core.text.official-languages sur « name » : "
            + "Un nom officiel doit exister en français et en néerlandais.\n")
        .contains("      Jackson 2 écrit exactement le même texte : oui\n")
        .endsWith("Terminé.\n");
  }

  @Test
  void printsTheValidationMessageInDutchWhenAskedInDutch() {
    CliRun run = CliRun.run("demo", "--lang", "nl");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out)
        .contains("   fout core.text.official-languages bij \"name\": "
            + "Een officiële naam moet in het Frans en het Nederlands bestaan.\n")
        .contains("      teruggelezen met Jackson 3, gelijk aan het origineel: ja\n")
        .endsWith("Klaar.\n");
  }

  @Test
  void givesTheSameOutputOnEveryRun() {
    assertThat(CliRun.run("demo").out).isEqualTo(CliRun.run("demo").out);
  }

  @Test
  void takesTheReferenceMomentFromTheAtOption() {
    assertThat(CliRun.run("demo", "--at", "2026-07-01T07:15:00Z").out)
        .startsWith("socialhealth demo: the library at work on its fictional sample data. Reference moment: "
            + "2026-07-01T09:15:00+02:00[Europe/Brussels]\n");
    assertThat(CliRun.run("demo", "--at", "2026-12-24T18:00").out)
        .contains("Reference moment: 2026-12-24T18:00:00+01:00[Europe/Brussels]\n");
    assertThat(CliRun.run("demo", "--at", "2026-12-24T18:00:00-05:00").out)
        .contains("Reference moment: 2026-12-25T00:00:00+01:00[Europe/Brussels]\n");
  }

  @Test
  void acceptsNowAsTheReferenceMoment() {
    CliRun run = CliRun.run("demo", "--at", "now");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains("[Europe/Brussels]");
  }

  @Test
  void rejectsAMalformedReferenceMomentWithTheUsageExitCode() {
    CliRun run = CliRun.run("demo", "--at", "tomorrow morning");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Invalid command line:", "'tomorrow morning' is not a date-time");
  }
}
