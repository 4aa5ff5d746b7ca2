package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The exit codes are declared once, in {@link ExitCodes}: its constants, its descriptions, the
 * {@code socialhealth --help} screen and the table of {@code docs/cli.md} list the same codes.
 */
class ExitCodesTest {
  private static final Pattern HELP_LINE = Pattern.compile("^\\s*(\\d+)\\s{2,}(\\S.*)$");
  private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|.*\\|\\s*$");

  /** The {@code public static final int} constants of {@link ExitCodes}, by name. */
  static Map<String, Integer> constants() {
    Map<String, Integer> constants = new LinkedHashMap<>();
    for (Field field : ExitCodes.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
          && field.getType() == int.class) {
        try {
          constants.put(field.getName(), field.getInt(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return constants;
  }

  private static Set<Integer> codes() {
    return new LinkedHashSet<>(constants().values());
  }

  @Test
  void everyConstantHasItsOwnCodeAndADescription() {
    Map<String, Integer> constants = constants();

    assertThat(constants).containsKeys("OK", "INVALID_DATA", "REJECTED", "IO", "USAGE", "SOFTWARE");
    assertThat(constants.values()).as("one meaning per code").doesNotHaveDuplicates();
    assertThat(ExitCodes.descriptions().keySet()).containsExactlyInAnyOrderElementsOf(constants.values());
    assertThat(ExitCodes.descriptions().values()).allSatisfy(meaning -> assertThat(meaning).isNotBlank());
  }

  @Test
  void describesTheCodesInIncreasingOrder() {
    assertThat(new ArrayList<>(ExitCodes.descriptions().keySet())).isSorted();
  }

  @Test
  void topLevelHelpListsEveryExitCodeWithItsDescription() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    List<String> lines = List.of(run.out.split("\n"));
    int heading = lines.indexOf("Exit codes:");
    assertThat(heading).as(run.out).isNotNegative();
    Map<Integer, String> listed = new LinkedHashMap<>();
    for (String line : lines.subList(heading + 1, lines.size())) {
      if (line.isBlank()) {
        break;
      }
      Matcher matcher = HELP_LINE.matcher(line);
      assertThat(matcher.matches()).as("exit code line: " + line).isTrue();
      listed.put(Integer.valueOf(matcher.group(1)), matcher.group(2).strip());
    }

    assertThat(listed.keySet()).as(run.out).containsExactlyInAnyOrderElementsOf(codes());
    for (int code : codes()) {
      assertThat(listed.get(code)).as("code " + code).isEqualTo(ExitCodes.descriptions().get(code));
    }
  }

  @Test
  void exitCodeTableOfTheCliGuideHasExactlyTheCodesOfExitCodes() throws IOException {
    List<String> page = Files.readAllLines(Path.of("..", "docs", "cli.md"), StandardCharsets.UTF_8);
    int heading = page.indexOf("## Exit codes");
    assertThat(heading).as("docs/cli.md has a \"## Exit codes\" section").isNotNegative();
    List<Integer> documented = new ArrayList<>();
    for (String line : page.subList(heading + 1, page.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      Matcher matcher = TABLE_ROW.matcher(line);
      if (matcher.matches()) {
        documented.add(Integer.valueOf(matcher.group(1)));
      }
    }

    assertThat(documented).doesNotHaveDuplicates();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(codes());
  }
}
