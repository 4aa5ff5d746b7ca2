package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code table of {@code docs/core.md} lists every code of {@link CoreCodes}, so the page stays complete. */
class CoreCodesDocumentedTest {

  @Test
  void everyCoreCodeHasARowInTheCorePage() throws IOException {
    Path page = Path.of("..", "docs", "core.md");
    String text = Files.readString(page, StandardCharsets.UTF_8);
    List<String> codes = MessageBundles.codes(CoreCodes.class);

    assertThat(codes).isNotEmpty();
    assertThat(codes).allSatisfy(code -> assertThat(text).as(code).contains("| `" + code + "` |"));
  }
}
