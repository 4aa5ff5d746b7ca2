package brussels.socialhealth.core.json;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The library's Jackson 3 module, discoverable by {@link java.util.ServiceLoader} (so
 * {@code JsonMapper.builder().findAndAddModules()} picks it up). The model's types carry their own
 * annotations; the module marks the library's configuration as registered and is the place for
 * serializers that cannot be expressed with annotations.
 */
public final class SocialHealthModule extends JacksonModule {
  /** Creates the module. */
  public SocialHealthModule() {}

  @Override
  public String getModuleName() {
    return "brussels-socialhealth";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    // The model types are self-describing through annotations; nothing to add yet.
  }
}
