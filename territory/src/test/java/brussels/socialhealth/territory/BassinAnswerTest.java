package brussels.socialhealth.territory;

import static brussels.socialhealth.territory.BassinCode.CENTRE_OUEST;
import static brussels.socialhealth.territory.BassinCode.NORD;
import static brussels.socialhealth.territory.BassinCode.NORD_EST;
import static brussels.socialhealth.territory.BassinCode.SUD;
import static brussels.socialhealth.territory.BassinCode.SUD_EST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.PostalAddress;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The table of "which bassin serves this place?" answers over the embedded territory. */
class BassinAnswerTest {
  private static final Territory TERRITORY = Territory.embedded();

  private static Arguments row(String label, Function<Territory, BassinAnswer> question, AnswerStatus status,
      List<BassinCode> candidates, String reason, Confidence confidence) {
    return Arguments.of(label, question, status, candidates, reason, confidence);
  }

  static Stream<Arguments> lookups() {
    return Stream.of(
        // Postal codes.
        row("postal 1070", t -> t.bassinForPostalCode("1070"), AnswerStatus.FOUND, List.of(CENTRE_OUEST),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("postal 1210", t -> t.bassinForPostalCode("1210"), AnswerStatus.FOUND, List.of(NORD_EST),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("postal 1160", t -> t.bassinForPostalCode(" 1160 "), AnswerStatus.FOUND, List.of(SUD_EST),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("postal 1000 Bruxelles", t -> t.bassinForPostalCode("1000"), AnswerStatus.AMBIGUOUS,
            List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_COMMUNE_SPLIT, null),
        row("postal 1040 Etterbeek or Bruxelles", t -> t.bassinForPostalCode("1040"), AnswerStatus.AMBIGUOUS,
            List.of(NORD, SUD, SUD_EST, CENTRE_OUEST), TerritoryCodes.ANSWER_POSTAL_CODE_SHARED, null),
        row("postal 1050 Ixelles or Bruxelles", t -> t.bassinForPostalCode("1050"), AnswerStatus.AMBIGUOUS,
            List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_POSTAL_CODE_SHARED, null),
        row("postal 1020 Laeken", t -> t.bassinForPostalCode("1020"), AnswerStatus.FOUND, List.of(NORD),
            TerritoryCodes.ANSWER_POSTAL_LOCALITY, Confidence.MEDIUM),
        row("postal 1120 Neder-Over-Heembeek", t -> t.bassinForPostalCode("1120"), AnswerStatus.FOUND,
            List.of(NORD), TerritoryCodes.ANSWER_POSTAL_LOCALITY, Confidence.MEDIUM),
        row("postal 1130 Haren", t -> t.bassinForPostalCode("1130"), AnswerStatus.FOUND, List.of(NORD),
            TerritoryCodes.ANSWER_POSTAL_LOCALITY, Confidence.MEDIUM),
        row("postal 9999", t -> t.bassinForPostalCode("9999"), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN, null),
        row("postal 1300 Wavre", t -> t.bassinForPostalCode("1300"), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN, null),
        row("postal null", t -> t.bassinForPostalCode(null), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN, null),
        // Communes.
        row("commune Etterbeek", t -> t.bassinForCommune("21005"), AnswerStatus.FOUND, List.of(SUD_EST),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("commune Koekelberg", t -> t.bassinForCommune("21011"), AnswerStatus.FOUND, List.of(NORD),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("commune Bruxelles", t -> t.bassinForCommune("21004"), AnswerStatus.AMBIGUOUS,
            List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_COMMUNE_SPLIT, null),
        row("commune 21099", t -> t.bassinForCommune("21099"), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_COMMUNE_UNKNOWN, null),
        // Sectors.
        row("sector Reyers, Schaerbeek", t -> t.bassinForSector("21015A77K"), AnswerStatus.FOUND,
            List.of(NORD_EST), TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("sector in Laeken", t -> t.bassinForSector("21004E101"), AnswerStatus.FOUND, List.of(NORD),
            TerritoryCodes.ANSWER_SUB_MUNICIPALITY, Confidence.MEDIUM),
        row("sector in Haren", t -> t.bassinForSector("21004g30-"), AnswerStatus.FOUND, List.of(NORD),
            TerritoryCodes.ANSWER_SUB_MUNICIPALITY, Confidence.MEDIUM),
        row("sector Grand-Place", t -> t.bassinForSector("21004A001"), AnswerStatus.AMBIGUOUS,
            List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_COMMUNE_SPLIT, null),
        row("sector unknown", t -> t.bassinForSector("21004X999"), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_SECTOR_UNKNOWN, null),
        // Addresses.
        row("1040 Etterbeek", t -> t.bassinForAddress("1040", "Etterbeek"), AnswerStatus.FOUND, List.of(SUD_EST),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("1040 Bruxelles", t -> t.bassinForAddress("1040", "Bruxelles"), AnswerStatus.AMBIGUOUS,
            List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_COMMUNE_SPLIT, null),
        row("1000 Brussel", t -> t.bassinForAddress("1000", "Brussel"), AnswerStatus.AMBIGUOUS,
            List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_COMMUNE_SPLIT, null),
        row("1050 Elsene", t -> t.bassinForAddress("1050", "Elsene"), AnswerStatus.FOUND, List.of(SUD),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("1020 Bruxelles", t -> t.bassinForAddress("1020", "Bruxelles"), AnswerStatus.FOUND, List.of(NORD),
            TerritoryCodes.ANSWER_POSTAL_LOCALITY, Confidence.MEDIUM),
        row("1020 Laeken", t -> t.bassinForAddress("1020", "Laeken"), AnswerStatus.FOUND, List.of(NORD),
            TerritoryCodes.ANSWER_POSTAL_LOCALITY, Confidence.MEDIUM),
        row("Neder-Over-Heembeek alone", t -> t.bassinForAddress(null, "neder over heembeek"), AnswerStatus.FOUND,
            List.of(NORD), TerritoryCodes.ANSWER_POSTAL_LOCALITY, Confidence.MEDIUM),
        row("1060 St-Gilles", t -> t.bassinForAddress("1060", "St-Gilles"), AnswerStatus.FOUND, List.of(SUD),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("Sint-Joost", t -> t.bassinForAddress("", "Sint-Joost"), AnswerStatus.FOUND, List.of(NORD_EST),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("1080 Molenbeek", t -> t.bassinForAddress("1080", "Molenbeek"), AnswerStatus.FOUND,
            List.of(CENTRE_OUEST), TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("1070 Ixelles disagree", t -> t.bassinForAddress("1070", "Ixelles"), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_POSTAL_CODE_COMMUNE_MISMATCH, null),
        row("1000 Laeken disagree", t -> t.bassinForAddress("1000", "Laeken"), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_POSTAL_CODE_COMMUNE_MISMATCH, null),
        row("1000 Atlantis", t -> t.bassinForAddress("1000", "Atlantis"), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_COMMUNE_UNKNOWN, null),
        row("postal code only", t -> t.bassinForAddress("1180", null), AnswerStatus.FOUND, List.of(SUD),
            TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("address 1040 Etterbeek", t -> t.bassinForAddress(PostalAddress.of(LocalizedText.of("Avenue de la Chasse",
            "Jachtlaan"), "1", "1040", LocalizedText.of("Etterbeek", "Etterbeek"))), AnswerStatus.FOUND,
            List.of(SUD_EST), TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("address 1000 Bruxelles", t -> t.bassinForAddress(PostalAddress.of(LocalizedText.of("Rue Haute",
            "Hoogstraat"), "1", "1000", LocalizedText.of("Bruxelles", "Brussel"))), AnswerStatus.AMBIGUOUS,
            List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_COMMUNE_SPLIT, null),
        row("address known only in Dutch", t -> t.bassinForAddress(PostalAddress.of(LocalizedText.of(Language.NL,
            "Kerkstraat"), "1", "1020", LocalizedText.of(Language.NL, "Laken"))), AnswerStatus.FOUND,
            List.of(NORD), TerritoryCodes.ANSWER_POSTAL_LOCALITY, Confidence.MEDIUM),
        row("name Koekelberg: commune, neighbourhood and district", t -> t.bassinForName("Koekelberg"),
            AnswerStatus.FOUND, List.of(NORD), TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("name Zorgzone Zuid-Oost", t -> t.bassinForName("Zorgzone Zuid-Oost"), AnswerStatus.FOUND,
            List.of(SUD_EST), TerritoryCodes.ANSWER_BASSIN_OF_UNIT, Confidence.HIGH),
        row("name Nord: a bassin and neighbourhoods of other bassins", t -> t.bassinForName("Nord"),
            AnswerStatus.AMBIGUOUS, List.of(NORD, NORD_EST, CENTRE_OUEST), TerritoryCodes.ANSWER_NAME_AMBIGUOUS, null),
        row("name Laken (a locality)", t -> t.bassinForName("Laken"), AnswerStatus.FOUND, List.of(NORD),
            TerritoryCodes.ANSWER_POSTAL_LOCALITY, Confidence.MEDIUM),
        row("name Bxl", t -> t.bassinForName("Bxl"), AnswerStatus.AMBIGUOUS, List.of(NORD, SUD, CENTRE_OUEST),
            TerritoryCodes.ANSWER_COMMUNE_SPLIT, null),
        row("name Atlantis", t -> t.bassinForName("Atlantis"), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_COMMUNE_UNKNOWN, null),
        row("nothing", t -> t.bassinForAddress(" ", ""), AnswerStatus.UNKNOWN, List.of(),
            TerritoryCodes.ANSWER_UNIT_UNKNOWN, null),
        // Any unit.
        row("the Region", t -> t.bassinFor(TerritoryRef.parse("region:04000")), AnswerStatus.AMBIGUOUS,
            List.of(NORD, NORD_EST, SUD, SUD_EST, CENTRE_OUEST), TerritoryCodes.ANSWER_SPANS_BASSINS, null),
        row("a bassin", t -> t.bassinFor(TerritoryRef.bassin("SUD")), AnswerStatus.FOUND, List.of(SUD),
            TerritoryCodes.ANSWER_BASSIN_OF_UNIT, Confidence.HIGH),
        row("a CLSS neighbourhood", t -> t.bassinFor(TerritoryRef.parse("neighbourhood:21015-brabant")),
            AnswerStatus.FOUND, List.of(NORD_EST), TerritoryCodes.ANSWER_BASSIN_OF_UNIT, Confidence.HIGH),
        row("Neder-Over-Heembeek", t -> t.bassinFor(TerritoryRef.parse("sub-municipality:21004F")),
            AnswerStatus.FOUND, List.of(NORD), TerritoryCodes.ANSWER_SUB_MUNICIPALITY, Confidence.MEDIUM),
        row("European quarter 21004B", t -> t.bassinFor(TerritoryRef.parse("sub-municipality:21004B")),
            AnswerStatus.AMBIGUOUS, List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_COMMUNE_SPLIT, null),
        row("district Grand Place", t -> t.bassinFor(TerritoryRef.parse("district:1")), AnswerStatus.AMBIGUOUS,
            List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_COMMUNE_SPLIT, null),
        row("district Quartier européen", t -> t.bassinFor(TerritoryRef.parse("district:35")),
            AnswerStatus.AMBIGUOUS, List.of(NORD, SUD, CENTRE_OUEST), TerritoryCodes.ANSWER_SPANS_BASSINS, null),
        row("district Haren", t -> t.bassinFor(TerritoryRef.parse("district:78")), AnswerStatus.FOUND,
            List.of(NORD), TerritoryCodes.ANSWER_SUB_MUNICIPALITY, Confidence.MEDIUM),
        row("district Heysel, Bruxelles and Jette", t -> t.bassinFor(TerritoryRef.parse("district:74")),
            AnswerStatus.FOUND, List.of(NORD), TerritoryCodes.ANSWER_SUB_MUNICIPALITY, Confidence.MEDIUM),
        row("district Brabant, Saint-Josse and Schaerbeek", t -> t.bassinFor(TerritoryRef.parse("district:22")),
            AnswerStatus.FOUND, List.of(NORD_EST), TerritoryCodes.ANSWER_WHOLE_COMMUNE, Confidence.HIGH),
        row("unknown commune ref", t -> t.bassinFor(TerritoryRef.commune("99999")), AnswerStatus.UNKNOWN,
            List.of(), TerritoryCodes.ANSWER_UNIT_UNKNOWN, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookups")
  void answersWhichBassinServesAPlace(String label, Function<Territory, BassinAnswer> question,
      AnswerStatus status, List<BassinCode> candidates, String reason, Confidence confidence) {
    BassinAnswer answer = question.apply(TERRITORY);
    assertThat(answer.getStatus()).as("status").isEqualTo(status);
    assertThat(answer.getCandidates()).as("candidates").containsExactlyElementsOf(candidates);
    assertThat(answer.getReason()).as("reason").isEqualTo(reason);
    assertThat(answer.getConfidence().orElse(null)).as("confidence").isEqualTo(confidence);
    assertThat(answer.getBassin().isPresent()).isEqualTo(status == AnswerStatus.FOUND);
    assertThat(answer.getMessage().hasOfficialLanguages()).isTrue();
  }

  @Test
  void aCommuneOnlyPartlyPlacedInOneBassinIsUnknownNotFoundNorAmbiguous() {
    TerritoryData real = TERRITORY.getData();
    List<Commune> communes = new java.util.ArrayList<>(real.getCommunes());
    for (int i = 0; i < communes.size(); i++) {
      Commune commune = communes.get(i);
      if (commune.getNisCode().equals("21004")) {
        communes.set(i, ImmutableCommune.builder().from(commune).bassins(commune.getBassins().subList(0, 1)).build());
      }
    }
    Territory partlyKnown = Territory.of(TerritoryData.builder().from(real).communes(communes).build());

    BassinAnswer answer = partlyKnown.bassinForCommune("21004");

    assertThat(answer.getStatus()).isEqualTo(AnswerStatus.UNKNOWN);
    assertThat(answer.getReason()).isEqualTo(TerritoryCodes.ANSWER_COMMUNE_PARTLY_KNOWN);
    for (Language language : brussels.socialhealth.core.Messages.MESSAGE_LANGUAGES) {
      assertThat(answer.getMessage().get(language)).as("in %s", language)
          .contains("commune:21004").doesNotContain("()").doesNotContainPattern("\\{\\d}");
    }
  }

  @Test
  void explainsTheAnswerInFrenchDutchAndEnglish() {
    BassinAnswer answer = TERRITORY.bassinForPostalCode("1040");
    assertThat(answer.getMessage().get(Language.FR)).startsWith("1040 : ambigu").contains("commune:21004");
    assertThat(answer.getMessage().get(Language.NL)).startsWith("1040: dubbelzinnig");
    assertThat(answer.getMessage().get(Language.EN)).startsWith("1040: ambiguous");
    assertThat(answer.getVia()).containsExactly(TerritoryRef.commune("21004"), TerritoryRef.commune("21005"));
  }

  @Test
  void refusesAFoundAnswerWithoutConfidenceOrAnAmbiguityWithOneCandidate() {
    assertThatThrownBy(() -> BassinAnswer.ambiguous("x", List.of(SUD), TerritoryCodes.ANSWER_COMMUNE_SPLIT,
        List.of())).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> BassinAnswer.builder().status(AnswerStatus.FOUND).query("x").bassin(SUD)
        .addCandidate(SUD).reason(TerritoryCodes.ANSWER_WHOLE_COMMUNE).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> BassinAnswer.unknown("x", "not.an.answer.code", List.of()))
        .isInstanceOf(InvalidValueException.class);
  }
}
