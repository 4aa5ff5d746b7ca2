package brussels.socialhealth.core.json;

import brussels.socialhealth.core.json.jackson2.Jackson2DocumentReader;

/** The two Jackson lines, behind one face, for tests that must give the same answer under both. */
enum JacksonLine {
  JACKSON_3 {
    @Override
    <T> T read(String json, Class<T> type, JsonLimits limits, boolean strict) {
      return JsonDocumentReader.of(limits, strict).read(json, type);
    }

    @Override
    <T> ReadResult<T> readKeepingUnknown(String json, Class<T> type, String namespace) {
      return JsonDocumentReader.lenient().readKeepingUnknown(json, type, namespace);
    }
  },
  JACKSON_2 {
    @Override
    <T> T read(String json, Class<T> type, JsonLimits limits, boolean strict) {
      return Jackson2DocumentReader.of(limits, strict).read(json, type);
    }

    @Override
    <T> ReadResult<T> readKeepingUnknown(String json, Class<T> type, String namespace) {
      return Jackson2DocumentReader.lenient().readKeepingUnknown(json, type, namespace);
    }
  };

  /** Small limits so that tests stay small: strings 1,000, names 32. */
  static final JsonLimits SMALL = new JsonLimits(64, 1000, 64, 32, 1_000_000);

  abstract <T> T read(String json, Class<T> type, JsonLimits limits, boolean strict);

  abstract <T> ReadResult<T> readKeepingUnknown(String json, Class<T> type, String namespace);
}
