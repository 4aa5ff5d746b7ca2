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
        .startsWith("socialhealth demo: the core types on fictional values. Reference moment: "
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
        .startsWith("socialhealth demo: the core types on fictional values. Reference moment: "
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
