package brussels.socialhealth.directory.archfixture;

/** Carries the allowed databind annotations of both Jackson lines outside a json package; see LayeringTest. */
@tools.jackson.databind.annotation.JsonDeserialize(as = AnnotatedOutsideJson.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = AnnotatedOutsideJson.class)
@tools.jackson.databind.annotation.JsonSerialize
@com.fasterxml.jackson.databind.annotation.JsonSerialize
public class AnnotatedOutsideJson {}
