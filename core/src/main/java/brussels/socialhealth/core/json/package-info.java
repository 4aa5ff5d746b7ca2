/**
 * JSON configuration for Jackson 3 ({@link brussels.socialhealth.core.json.SocialHealthJson},
 * {@link brussels.socialhealth.core.json.SocialHealthModule}) and bounded reading of untrusted input
 * ({@link brussels.socialhealth.core.json.JsonLimits}). The Jackson 2 twin lives in {@code json.jackson2}.
 */
package brussels.socialhealth.core.json;
