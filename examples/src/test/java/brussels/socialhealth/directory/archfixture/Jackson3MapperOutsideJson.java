package brussels.socialhealth.directory.archfixture;

import tools.jackson.databind.json.JsonMapper;

/** Uses Jackson 3 databind outside a json package on purpose; see LayeringTest. */
public final class Jackson3MapperOutsideJson {
  private Jackson3MapperOutsideJson() {}

  static JsonMapper uses() {
    return JsonMapper.builder().build();
  }
}
