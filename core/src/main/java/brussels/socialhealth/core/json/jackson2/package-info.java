/**
 * Jackson 2 configuration, byte-compatible with the Jackson 3 one: {@link
 * brussels.socialhealth.core.json.jackson2.SocialHealthJackson2} and {@link
 * brussels.socialhealth.core.json.jackson2.SocialHealthJackson2Module}. Needs Jackson 2 on the classpath.
 */
package brussels.socialhealth.core.json.jackson2;
