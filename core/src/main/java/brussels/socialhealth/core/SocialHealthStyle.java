package brussels.socialhealth.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied once per package in {@code package-info.java}.
 *
 * <p>Accessors are getter-named ({@code getName()}, {@code isFree()}) so that Bean Validation sees the
 * constraints placed on them; the generated {@code ImmutableX} classes are public but callers use the
 * static {@code of(...)} and {@code builder()} factories on the abstract type and never name them.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    jakarta = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    redactedMask = "***",
    jdkOnly = false,
    allParameters = false)
public @interface SocialHealthStyle {}
