package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The source check that every rendered code gets the arguments its placeholders need. */
class MessageCallsTest {

  @Test
  void flagsARenderingThatLeavesAPlaceholderUnfilled() {
    String source = "class A {\n"
        + "  Object a() {\n"
        + "    return Messages.render(CoreCodes.CONSTRAINT_VIOLATED, \"x\");\n"
        + "  }\n"
        + "}\n";
    assertThat(MessageCalls.faults("A.java", source, CoreCodes.class))
        .containsExactly("A.java:3 core.constraint.violated: 1 argument(s), template uses {1}");
  }

  @Test
  void acceptsARenderingWithEveryArgument() {
    String source = "class A { Object a() { return Messages.render(CoreCodes.CONSTRAINT_VIOLATED, \"x\", \"@Size\"); } }";
    assertThat(MessageCalls.faults("A.java", source, CoreCodes.class)).isEmpty();
  }

  @Test
  void doesNotCountTheCauseOfAnInvalidValueExceptionAsAnArgument() {
    String source = "class A {\n"
        + "  void a(String text, RuntimeException e) {\n"
        + "    throw new InvalidValueException(CoreCodes.ENTERPRISE_NUMBER_LENGTH, text, e);\n"
        + "  }\n"
        + "  void b(String text, RuntimeException e) {\n"
        + "    throw new InvalidValueException(CoreCodes.ENTERPRISE_NUMBER_LENGTH, text, e, 9);\n"
        + "  }\n"
        + "}\n";
    assertThat(MessageCalls.faults("A.java", source, CoreCodes.class))
        .containsExactly("A.java:3 core.enterprise-number.length: 1 argument(s), template uses {1}");
  }

  @Test
  void countsAViolationsValueAsTheFirstArgumentAndSkipsComments() {
    String source = "class A {\n"
        + "  // Violation.error(CoreCodes.TEXT_BLANK, \"\", \"x\");\n"
        + "  Object a() { return Violation.error(CoreCodes.TEXT_BLANK, \"names\", \"x\"); }\n"
        + "}\n";
    assertThat(MessageCalls.faults("A.java", source, CoreCodes.class))
        .containsExactly("A.java:3 core.text.blank: 1 argument(s), template uses {1}");
  }

  @Test
  void everyCallOfCoreSuppliesTheArgumentsItsMessageNeeds() {
    MessageCalls.assertArgumentsCoverPlaceholders(Path.of("src/main/java"), CoreCodes.class);
  }
}
