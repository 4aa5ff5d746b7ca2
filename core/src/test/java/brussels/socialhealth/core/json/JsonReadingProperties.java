package brussels.socialhealth.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.json.TestDocuments.Listing;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the input, reading gives a value or a {@link JsonInputException}, never anything else. */
class JsonReadingProperties {
  private static final String VALID = "{\"name\":\"a\",\"services\":[{\"name\":\"b\",\"capacity\":12,"
      + "\"phones\":[\"+3225550101\"],\"hours\":\"Mo-Fr 09:00-17:00; PH off\"}]}";

  @Property(tries = 300)
  void anyTextGivesAValueOrATypedError(@ForAll("jsonish") String json) {
    for (JacksonLine line : JacksonLine.values()) {
      Throwable thrown = catchThrowable(() -> line.read(json, Listing.class, JsonLimits.DEFAULT, true));
      assertThat(thrown).as("%s on %s", line, json).satisfiesAnyOf(
          t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(JsonInputException.class));
    }
  }

  @Property(tries = 200)
  void anyTruncationOrCorruptionOfAValidDocumentGivesTheSameTypedErrorUnderBothLines(
      @ForAll @IntRange(min = 0, max = 150) int cut, @ForAll("junk") String junk) {
    String json = VALID.substring(0, Math.min(cut, VALID.length())) + junk;
    Throwable three = catchThrowable(() -> JacksonLine.JACKSON_3.read(json, Listing.class, JsonLimits.DEFAULT, true));
    Throwable two = catchThrowable(() -> JacksonLine.JACKSON_2.read(json, Listing.class, JsonLimits.DEFAULT, true));
    assertThat(three == null).as("both lines accept or both reject %s", json).isEqualTo(two == null);
    if (three != null) {
      assertThat(three).isInstanceOf(JsonInputException.class);
      assertThat(two).isInstanceOf(JsonInputException.class);
      String code3 = ((JsonInputException) three).getCode();
      String code2 = ((JsonInputException) two).getCode();
      // A document both malformed (truncated, or a syntax error further on) and wrong for the model may be
      // reported either way: Jackson 3 reads one token further than Jackson 2 before some binding errors,
      // and may meet the end of the input or the bad token first ("phones":[[} is a syntax error to one
      // line and a wrong type to the other). Both are typed errors; the codes must agree otherwise.
      if (!isMalformed(code3) && !isMalformed(code2)) {
        assertThat(code3).as(json).isEqualTo(code2);
      }
    }
  }

  private static boolean isMalformed(String code) {
    return code.equals(CoreCodes.JSON_TRUNCATED) || code.equals(CoreCodes.JSON_SYNTAX);
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings().withChars("{}[]\":,0123456789.-+eEtrufalsn \n\\abc").ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.strings().withChars("{}[]\":,1 xé\\").ofMaxLength(4);
  }
}
