package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectoryCommandTest {

  @Test
  void searchesTheSampleByThemeAndPlace() {
    CliRun run = CliRun.run("directory", "search", "--theme", "debt", "--in", "Woluwe-Saint-Pierre", "--lang", "en");

    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo("3 service(s) found in the directory (sample).\n"
        + "  woluwe-saint-pierre.0.energie  Guidance énergie — Antenne sociale des Roseaux [Woluwe-Saint-Pierre]\n"
        + "  woluwe-saint-pierre.5.mediation  Médiation de dettes amiable — Médiation de dettes des Peupliers"
        + " [Woluwe-Saint-Pierre]\n"
        + "  woluwe-saint-pierre.5.budget  Ateliers budget — Médiation de dettes des Peupliers [Woluwe-Saint-Pierre]\n");
  }

  @Test
  void findsNothingForAnImpossibleCombination() {
    CliRun run = CliRun.run("directory", "search", "--theme", "palliative-care", "--cost", "paid", "--lang", "fr");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo("0 service(s) trouvé(s) dans le répertoire (sample).\n");
  }

  @Test
  void drawsTheNetworkAsDot() {
    CliRun run = CliRun.run("directory", "graph", "--format", "dot");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("digraph cartography {\n")
        .contains("\"p.amir.claes\" -> \"zogab-sud-est\" [label=\"membership\", style=solid];\n");
  }

  @Test
  void drawsTheNetworkAsGraphMlOnADate() {
    CliRun run = CliRun.run("directory", "graph", "--format", "graphml", "--on", "2025-03-01");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains("<graphml").doesNotContain("source=\"p.yanis.lacroix\" target=\"equipe-sud-est\"");
  }

  @Test
  void assessesTheLabelAndTheBalanceOfTheBassin() {
    CliRun run = CliRun.run("directory", "label", "--lang", "en");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("auderghem.0.accueil  Accueil social: ")
        .contains("    Free of charge: Met — The service is free.\n")
        .contains("  Etterbeek: ")
        .contains("Every commune of the bassin has a labelled point: ");
  }
}
