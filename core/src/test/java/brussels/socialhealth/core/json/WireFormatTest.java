package brussels.socialhealth.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.GoldenJson;
import brussels.socialhealth.core.json.jackson2.SocialHealthJackson2;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The wire-format rules of docs/json-format.md hold, byte for byte, under both Jackson lines. */
class WireFormatTest {
  static WireSample sample() {
    return ImmutableWireSample.builder()
        .schemaVersion(SocialHealthJson.SCHEMA_VERSION)
        .name("Maison médicale du Midi (fictive)")
        .free(true)
        .kind(WireSample.Kind.MEDICAL_HOUSE)
        .count(3)
        .date(LocalDate.of(2026, 3, 29))
        .time(LocalTime.of(9, 30))
        .localDateTime(LocalDateTime.of(2026, 3, 29, 9, 30))
        .offsetDateTime(OffsetDateTime.parse("2026-03-29T09:30:00+02:00"))
        .zonedDateTime(ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, ZoneId.of("Europe/Brussels")))
        .instant(Instant.parse("2026-03-29T07:30:00Z"))
        .duration(Duration.ofMinutes(90))
        .latitude(50.8466)
        .amount(new BigDecimal("12.50"))
        .build();
  }

  @Test
  void writesTheDocumentedWireFormatUnderBothLines() throws Exception {
    String jackson3 = SocialHealthJson.strictMapper().writeValueAsString(sample());
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(sample())).isEqualTo(jackson3);
  }

  @Test
  void readsAbsentAndNullOptionalsAndAbsentCollectionsAsEmpty() {
    String json = "{\"schemaVersion\":1,\"name\":\"Maison médicale du Midi (fictive)\",\"free\":true,"
        + "\"kind\":\"medical-house\",\"note\":null,\"count\":3,\"date\":\"2026-03-29\",\"time\":\"09:30\","
        + "\"localDateTime\":\"2026-03-29T09:30:00\",\"offsetDateTime\":\"2026-03-29T09:30:00+02:00\","
        + "\"zonedDateTime\":\"2026-10-25T02:30:00+02:00[Europe/Brussels]\",\"instant\":\"2026-03-29T07:30:00Z\","
        + "\"duration\":\"PT1H30M\",\"latitude\":50.8466,\"amount\":12.50}";
    for (JacksonLine line : JacksonLine.values()) {
      assertThat(line.read(json, WireSample.class, JsonLimits.DEFAULT, true)).as("%s", line).isEqualTo(sample());
    }
  }

  @Test
  void strictReadingRejectsAndLenientReadingIgnoresUnknownPropertiesOfValueTypes() {
    String json = "{\"name\":\"Centre (fictif)\",\"fax\":\"02 555 01 01\"}";
    for (JacksonLine line : JacksonLine.values()) {
      assertThat(catchThrowable(() -> line.read(json, TestDocuments.Contact.class, JsonLimits.DEFAULT, true)))
          .as("%s", line).isInstanceOfSatisfying(JsonInputException.class, e -> {
            assertThat(e.getCode()).isEqualTo(CoreCodes.JSON_UNKNOWN_PROPERTY);
            assertThat(e.getPath()).isEqualTo("$.fax");
          });
      assertThat(line.read(json, TestDocuments.Contact.class, JsonLimits.DEFAULT, false).getName())
          .isEqualTo("Centre (fictif)");
    }
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "wire-sample", sample(), WireSample.class);
  }
}
