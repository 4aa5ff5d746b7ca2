package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.core.json.jackson2.SocialHealthJackson2;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON of a helpdesk case carries no beneficiary identity and no confidential notes, whatever the
 * team wrote in those notes.
 */
class HelpdeskPrivacyTest {
  /** A fictional beneficiary, written into the notes only. */
  private static final String NAME = "Josette Imaginaire";
  private static final String BIRTH_DATE = "14/07/1951";
  private static final String NATIONAL_NUMBER = "51.07.14-123.45";
  private static final String ADDRESS = "Rue de la Fiction 17";
  private static final String PHONE = "0470 00 00 00";
  private static final String EMAIL = "josette@example.org";
  private static final String NOTES = "Mme " + NAME + ", née le " + BIRTH_DATE + ", NN " + NATIONAL_NUMBER + ", "
      + ADDRESS + ", tél. " + PHONE + ", " + EMAIL;

  /** Property names that would betray a field able to hold a beneficiary's identity. */
  private static final List<String> FORBIDDEN_NAMES = List.of("name", "firstname", "lastname", "surname", "birth",
      "national", "register", "niss", "address", "street", "phone", "email", "contact", "beneficiary", "patient",
      "notes", "confidential");
  /** The requester's organisation name is the one allowed "name": an organisation, not a person. */
  private static final List<String> ALLOWED = List.of("organisationName");

  private static HelpdeskCase caseWithNotes() {
    return ImmutableHelpdeskCase.copyOf(Fixtures.helpdeskCase()).withConfidentialNotes(NOTES);
  }

  @Test
  void confidentialNotesStayOutOfJsonUnderBothJacksonLines() throws Exception {
    String jackson3 = SocialHealthJson.strictMapper().writeValueAsString(caseWithNotes());
    String jackson2 = SocialHealthJackson2.strictMapper().writeValueAsString(caseWithNotes());
    for (String json : List.of(jackson3, jackson2)) {
      assertThat(json).doesNotContain(NAME, BIRTH_DATE, NATIONAL_NUMBER, ADDRESS, PHONE, EMAIL, "Josette",
          "confidentialNotes");
    }
    assertThat(jackson3).isEqualTo(SocialHealthJson.strictMapper().writeValueAsString(Fixtures.helpdeskCase()));
  }

  @Test
  void confidentialNotesStayOutOfToString() {
    String text = caseWithNotes().toString();
    assertThat(text).doesNotContain(NAME, BIRTH_DATE, NATIONAL_NUMBER, ADDRESS, PHONE, EMAIL);
    assertThat(caseWithNotes().getConfidentialNotes()).contains(NOTES);
  }

  @Test
  void confidentialNotesStayOutOfTheCasesDocumentAndTheReport() throws Exception {
    HelpdeskCase helpdeskCase = caseWithNotes();
    String document = SocialHealthJson.strictMapper().writeValueAsString(HelpdeskCasesDocument.of(List.of(helpdeskCase)));
    HelpdeskActivityReport report = HelpdeskActivityReport.of(Fixtures.SUD_EST, LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31), List.of(helpdeskCase));
    String json = SocialHealthJson.strictMapper().writeValueAsString(report);
    String csv = HelpdeskReportCsv.write(report);
    for (String export : List.of(document, json, csv)) {
      assertThat(export).doesNotContain(NAME, BIRTH_DATE, NATIONAL_NUMBER, ADDRESS, PHONE, EMAIL);
    }
  }

  @Test
  void readingJsonThatSmugglesNotesOrIdentityIsRefused() {
    String json = SocialHealthJson.strictMapper().writeValueAsString(Fixtures.helpdeskCase());
    String smuggled = json.replaceFirst("\\{", "{\"beneficiaryName\":\"" + NAME + "\",");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> SocialHealthJson.strictMapper().readValue(smuggled, HelpdeskCase.class))
        .hasMessageContaining("beneficiaryName");
  }

  @Test
  void noPropertyOfACaseCanHoldABeneficiaryIdentity() {
    JsonNode tree = SocialHealthJson.strictMapper().valueToTree(richCase());
    List<String> names = new ArrayList<>();
    collectNames(tree, "", names);
    assertThat(names).isNotEmpty();
    for (String path : names) {
      String leaf = path.substring(path.lastIndexOf('.') + 1);
      if (ALLOWED.contains(leaf)) {
        continue;
      }
      for (String forbidden : FORBIDDEN_NAMES) {
        assertThat(leaf.toLowerCase(Locale.ROOT)).as(path).doesNotContain(forbidden);
      }
    }
  }

  /** A case with every optional attribute present, so that every property name shows up. */
  private static HelpdeskCase richCase() {
    HelpdeskCase base = caseWithNotes();
    return ImmutableHelpdeskCase.copyOf(base).withRequester(Requester.builder()
        .professionalId("pro.exemple")
        .organisationId("org.exemple")
        .serviceId("svc.exemple")
        .organisationName("Organisation fictive")
        .function("assistante sociale")
        .sector(brussels.socialhealth.directory.Sector.SOCIAL)
        .build());
  }

  private static void collectNames(JsonNode node, String path, List<String> names) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        names.add(path + "." + field.getKey());
        collectNames(field.getValue(), path + "." + field.getKey(), names);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collectNames(element, path + "[]", names);
      }
    }
  }
}
