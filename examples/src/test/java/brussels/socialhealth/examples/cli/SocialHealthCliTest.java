package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class SocialHealthCliTest {

  /** Every command of the tool as its argument path, for example [] and [demo]. */
  static Stream<List<String>> everyCommand() {
    List<List<String>> paths = new ArrayList<>();
    collect(SocialHealthCli.commandLine(), new ArrayList<>(), paths);
    return paths.stream();
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
    paths.add(List.copyOf(path));
    command.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandName().equals(name)) {
        List<String> child = new ArrayList<>(path);
        child.add(name);
        collect(sub, child, paths);
      }
    });
  }

  private static String[] args(List<String> path, String... more) {
    List<String> all = new ArrayList<>(path);
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  @Test
  void listsTheDemoCommand() {
    assertThat(everyCommand()).contains(List.of(), List.of("demo"));
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void everyCommandPrintsItsHelpAndExitsWithZero(List<String> path) {
    CliRun run = CliRun.run(args(path, "--help"));

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Usage: " + String.join(" ", args(List.of("socialhealth"), path.toArray(new String[0]))));
    assertThat(run.out).contains("--help", "--version", "--lang=fr|nl|en");
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void everyCommandPrintsTheVersionAndExitsWithZero(List<String> path) {
    CliRun run = CliRun.run(args(path, "--version"));

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("socialhealth 0.1.0");
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void everyCommandCarriesTheLanguageOption(List<String> path) {
    CommandLine command = SocialHealthCli.commandLine();
    for (String name : path) {
      command = command.getSubcommands().get(name);
    }
    CommandSpec spec = command.getCommandSpec();

    assertThat(spec.mixins().values()).anyMatch(mixin -> mixin.userObject() instanceof LanguageOption);
    assertThat(spec.mixinStandardHelpOptions()).isTrue();
  }

  @Test
  void exitsWithUsageCodeWhenNoCommandIsGiven() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Usage: socialhealth", "Type \"socialhealth --help\" to see the options.");
  }

  @Test
  void explainsAnUnknownOptionInFrenchWhenAskedInFrench() {
    CliRun run = CliRun.run("--lang", "fr", "demo", "--colour");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err)
        .contains("Ligne de commande invalide : Unknown option: '--colour'")
        .contains("Tapez « socialhealth demo --help » pour voir les options.");
  }

  @Test
  void explainsAnUnknownCommandInDutchWhenAskedInDutch() {
    CliRun run = CliRun.run("--lang", "nl", "dmeo");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Ongeldige opdrachtregel:", "'dmeo'", "Typ \"socialhealth --help\" om de opties te zien.");
  }

  @Test
  void rejectsALanguageOtherThanFrenchDutchOrEnglish() {
    CliRun run = CliRun.run("demo", "--lang", "de");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("'de' is not fr, nl or en");
  }

  @Test
  void readsTheDefaultLanguageFromTheEnvironmentValue() {
    assertThat(LanguageOption.fromEnvironment("NL")).contains(Language.NL);
    assertThat(LanguageOption.fromEnvironment(" fr ")).contains(Language.FR);
    assertThat(LanguageOption.fromEnvironment("de")).isEmpty();
    assertThat(LanguageOption.fromEnvironment("")).isEmpty();
    assertThat(LanguageOption.fromEnvironment(null)).isEmpty();
  }
}
