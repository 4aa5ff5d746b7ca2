package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.InvalidValueException;
import java.util.List;

/** A small generic target for the pipeline's tests, with parsers that refuse values like the model's do. */
final class TestTargets {
  private TestTargets() {}

  /** Parses a Brussels-like phone: digits and the usual punctuation, 9 or 10 digits. */
  static String phone(String text) {
    String digits = text.replaceAll("[\\s./()-]", "");
    if (!digits.matches("0\\d{8,9}")) {
      throw new InvalidValueException(CoreCodes.CONSTRAINT_PATTERN, text);
    }
    return digits;
  }

  /** Parses a postal code of the Brussels region (1000-1299). */
  static String postalCode(String text) {
    if (!text.matches("1[0-2]\\d\\d")) {
      throw new InvalidValueException(CoreCodes.CONSTRAINT_PATTERN, text);
    }
    return text;
  }

  /** The "contact" target: name (FR/NL, required), phones, kind (coded), postal code (rejects), note. */
  static GenericTarget contact() {
    return GenericTarget.of("contact", List.of(
        TargetField.builder("name", TargetField.Shape.LOCALIZED).required().build(),
        TargetField.builder("phones", TargetField.Shape.MULTIPLE).parser(TestTargets::phone).build(),
        TargetField.builder("kind", TargetField.Shape.SINGLE)
            .codes(List.of("association", "public-service", "medical-house", "other")).build(),
        TargetField.builder("postalCode", TargetField.Shape.SINGLE).parser(TestTargets::postalCode)
            .rejectInvalid().build(),
        TargetField.builder("note", TargetField.Shape.SINGLE).confidential().build()));
  }
}
