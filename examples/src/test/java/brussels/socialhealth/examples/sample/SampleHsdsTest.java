package brussels.socialhealth.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.exchange.hsds.Hsds;
import brussels.socialhealth.directory.exchange.json.ExchangeJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Round-trips the whole sample directory through Open Referral HSDS 3.0 (issue 6): what HSDS can carry comes
 * back exactly, and what it cannot carry is exactly the list of docs/integration.md § "What HSDS cannot carry".
 */
class SampleHsdsTest {

  /**
   * The fields of the sample that differ after the round trip, as paths of the directory's JSON ({@code []}
   * for any array element), each one from the list of docs/integration.md. Fields of that list that the
   * sample leaves empty (English and German texts, Dutch descriptions and site notes, short names, second
   * e-mails, external references, extensions) cannot differ here; {@link Hsds#carriedPart} drops them too,
   * and {@code HsdsRoundTripTest} in directory round-trips a directory that fills several of them.
   */
  static final Set<String> LOST = new TreeSet<>(List.of(
      // an organisation's reach and its list of site ids (each location's organization_id carries the link)
      "organisations[].reach", "organisations[].siteIds",
      // Dutch street and municipality names
      "sites[].address.street.nl", "sites[].address.municipality.nl",
      // opening-hours exceptions by date, public-holiday hours, raw text (canonical string: compared whole)
      "sites[].openingHours", "services[].locations[].openingHours",
      // a service's cost, referral requirement, care line, territorial level, "Pousse ma porte" network flag
      "services[].cost", "services[].referralRequired", "services[].careLine", "services[].level",
      "services[].labelNetwork",
      // professionals, teams, bodies, memberships and links: no HSDS table
      "professionals", "teams", "bodies", "memberships", "links"));

  static Directory sample;
  static String json;
  static Directory back;

  @BeforeAll
  static void roundTrip() {
    sample = SampleDirectory.load();
    json = ExchangeJson.toPrettyJson(Hsds.toHsds(sample));
    back = Hsds.fromHsds(ExchangeJson.readMap(json));
  }

  @Test
  void keepsEveryOrganisationServiceAndSite() {
    assertThat(back.getOrganisations()).hasSameSizeAs(sample.getOrganisations()).isNotEmpty();
    assertThat(back.getServices()).hasSameSizeAs(sample.getServices()).isNotEmpty();
    assertThat(back.getSites()).hasSameSizeAs(sample.getSites()).isNotEmpty();
  }

  @Test
  void bringsBackExactlyWhatHsdsCarries() {
    Directory expected = Hsds.carriedPart(sample);

    assertThat(back.getOrganisations()).containsExactlyElementsOf(expected.getOrganisations());
    assertThat(back.getSites()).containsExactlyElementsOf(expected.getSites());
    assertThat(back.getServices()).containsExactlyElementsOf(expected.getServices());
    assertThat(back).isEqualTo(expected);
  }

  @Test
  void losesExactlyTheFieldsDocumentedAsBeyondHsds() {
    Set<String> differences = new TreeSet<>();
    diff("", tree(sample), tree(back), differences);

    assertThat(differences).containsExactlyElementsOf(LOST);
  }

  @Test
  void writesAnHsds30BundleWithItsFourTables() {
    Map<String, Object> bundle = ExchangeJson.readMap(json);

    assertThat(bundle.keySet()).containsExactly("hsds_version", "organizations", "services", "locations",
        "service_at_locations");
    assertThat(bundle).containsEntry("hsds_version", "3.0");
    assertThat(table(bundle, "organizations")).hasSize(sample.getOrganisations().size())
        .allSatisfy(o -> assertThat(o).containsKeys("id", "name", "description", "phones",
            "organization_identifiers", "attributes"));
    assertThat(table(bundle, "services")).hasSize(sample.getServices().size())
        .allSatisfy(s -> assertThat(s).containsKeys("id", "organization_id", "name", "description", "status",
            "languages", "phones", "service_areas", "attributes"));
    assertThat(table(bundle, "locations")).hasSize(sample.getSites().size())
        .allSatisfy(l -> assertThat(l).containsKeys("id", "location_type", "organization_id", "addresses",
            "phones", "schedules", "accessibility", "attributes"));
    assertThat(table(bundle, "service_at_locations"))
        .hasSize(sample.getServices().stream().mapToInt(s -> s.getLocations().size()).sum())
        .allSatisfy(l -> assertThat(l).containsKeys("id", "service_id", "location_id"))
        .filteredOn(l -> l.containsKey("schedules")).isNotEmpty()
        .allSatisfy(l -> assertThat(l.get("schedules").toString()).contains("freq=WEEKLY", "byday=", "opens_at="));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> table(Map<String, Object> bundle, String name) {
    return (List<Map<String, Object>>) bundle.get(name);
  }

  static JsonNode tree(Directory directory) {
    return SocialHealthJson.strictMapper().valueToTree(directory);
  }

  /** Collects the paths where two JSON trees differ: a missing or extra member, a value, an array's length. */
  static void diff(String path, JsonNode a, JsonNode b, Set<String> differences) {
    if (a.isObject() && b.isObject()) {
      Set<String> names = new TreeSet<>(a.propertyNames());
      names.addAll(b.propertyNames());
      for (String name : names) {
        String child = path.isEmpty() ? name : path + "." + name;
        if (!a.has(name) || !b.has(name)) {
          differences.add(child);
        } else {
          diff(child, a.get(name), b.get(name), differences);
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(path + "[]", a.get(i), b.get(i), differences);
      }
    } else if (!a.equals(b)) {
      differences.add(path);
    }
  }
}
