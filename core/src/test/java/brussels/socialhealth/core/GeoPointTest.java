package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeoPointTest {

  @Test
  void acceptsTheBoundsOfTheRanges() {
    assertThat(GeoPoint.of(90, 180).getLatitude()).isEqualTo(90);
    assertThat(GeoPoint.of(-90, -180).getLongitude()).isEqualTo(-180);
  }

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        Arguments.of(90.000001, 4.35, CoreCodes.GEO_LATITUDE),
        Arguments.of(-91, 4.35, CoreCodes.GEO_LATITUDE),
        Arguments.of(Double.NaN, 4.35, CoreCodes.GEO_LATITUDE),
        Arguments.of(Double.POSITIVE_INFINITY, 4.35, CoreCodes.GEO_LATITUDE),
        Arguments.of(50.85, 180.5, CoreCodes.GEO_LONGITUDE),
        Arguments.of(50.85, -181, CoreCodes.GEO_LONGITUDE),
        Arguments.of(50.85, Double.NaN, CoreCodes.GEO_LONGITUDE),
        Arguments.of(50.85, Double.NEGATIVE_INFINITY, CoreCodes.GEO_LONGITUDE));
  }

  @ParameterizedTest(name = "({0}, {1}) -> {2}")
  @MethodSource("outOfRange")
  void rejectsCoordinatesOutOfRange(double latitude, double longitude, String code) {
    assertThatThrownBy(() -> GeoPoint.of(latitude, longitude))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getCode()).isEqualTo(code));
  }

  @Test
  void measuresOneDegreeOfLatitudeAsAbout111Kilometres() {
    // pi * 6371008.8 / 180 = 111195.08 m
    assertThat(GeoPoint.of(50, 4).distanceTo(GeoPoint.of(51, 4))).isCloseTo(111_195.08, within(0.01));
  }

  @Test
  void measuresDistancesWithinBrussels() {
    // Two points 0.01 degree of longitude apart at latitude 50.85:
    // 0.01 * pi/180 * 6371008.8 * cos(50.85 deg) = 702.03 m (small-distance approximation).
    GeoPoint west = GeoPoint.of(50.85, 4.35);
    GeoPoint east = GeoPoint.of(50.85, 4.36);
    assertThat(west.distanceTo(east)).isCloseTo(702.03, within(0.5));
    assertThat(east.distanceTo(west)).isEqualTo(west.distanceTo(east));
    assertThat(west.distanceTo(west)).isZero();
  }

  @Test
  void measuresAntipodesAsHalfTheCircumference() {
    assertThat(GeoPoint.of(0, 0).distanceTo(GeoPoint.of(0, 180)))
        .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_METRES, within(0.001));
  }

  @Test
  void isEqualWhenCoordinatesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(GeoPoint.of(50.8466, 4.3528), GeoPoint.of(50.8466, 4.3528))
        .addEqualityGroup(GeoPoint.of(4.3528, 50.8466))
        .addEqualityGroup(GeoPoint.of(50.8466, 4.3529))
        .testEquals();
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "geo-point", GeoPoint.of(50.8466, 4.3528), GeoPoint.class);
  }
}
