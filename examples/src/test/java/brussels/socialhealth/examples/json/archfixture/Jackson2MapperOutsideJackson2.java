package brussels.socialhealth.examples.json.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Uses Jackson 2 databind in a json package that is not json.jackson2, on purpose; see LayeringTest. */
public final class Jackson2MapperOutsideJackson2 {
  private Jackson2MapperOutsideJackson2() {}

  static ObjectMapper uses() {
    return new ObjectMapper();
  }
}
